export interface BackoffRule {
  /** The wait after the first failure; it doubles with each further one. */
  firstDelayMs: number;
  /** The longest wait: the delay grows to this and no further. */
  maxDelayMs: number;
  /** A key with no failure for this long starts again from nothing. */
  forgetMs: number;
  /** Keys remembered at most; beyond that the least recently failed is forgotten. */
  maxKeys: number;
}

interface Failures {
  count: number;
  last: number;
}

/**
 * Consecutive failures per key, and how long the key must wait before its next
 * try: 1 s, 2 s, 4 s… up to a cap. A delay, not a lockout: the wait never
 * exceeds the cap, however many failures there were.
 */
export class FailureBackoff {
  readonly #keys = new Map<string, Failures>();

  constructor(
    readonly rule: BackoffRule,
    private readonly now: () => number,
  ) {}

  /** Failures of `key` since it last succeeded, unless it has been quiet for `forgetMs`. */
  failures(key: string): number {
    return this.#live(key)?.count ?? 0;
  }

  /** Milliseconds until `key` may try again; 0 now. `longest` waits the cap after any failure. */
  waitMs(key: string, longest = false): number {
    const failures = this.#live(key);
    if (!failures) return 0;
    const delay = longest ? this.rule.maxDelayMs : Math.min(this.rule.maxDelayMs, this.rule.firstDelayMs * 2 ** (failures.count - 1));
    return Math.max(0, failures.last + delay - this.now());
  }

  failed(key: string): void {
    const failures = this.#live(key) ?? { count: 0, last: 0 };
    failures.count += 1;
    failures.last = this.now();
    // Re-inserting keeps the map in least-recently-failed order.
    this.#keys.delete(key);
    this.#keys.set(key, failures);
    if (this.#keys.size > this.rule.maxKeys) this.#keys.delete(this.#keys.keys().next().value!);
  }

  /** Takes back one failure counted before the outcome was known. */
  giveBack(key: string): void {
    const failures = this.#keys.get(key);
    if (failures && failures.count > 0) failures.count -= 1;
  }

  forget(key: string): void {
    this.#keys.delete(key);
  }

  #live(key: string): Failures | undefined {
    const failures = this.#keys.get(key);
    if (!failures || failures.count === 0) return undefined;
    if (this.now() - failures.last >= this.rule.forgetMs) {
      this.#keys.delete(key);
      return undefined;
    }
    return failures;
  }
}
