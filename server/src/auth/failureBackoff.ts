import type { CountSince, CountStore } from '../db/shared/countStore.ts';
import { MemoryCountStore } from './countStores.ts';

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

/**
 * Consecutive failures per key, and how long the key must wait before its next
 * try: 1 s, 2 s, 4 s… up to a cap. A delay, not a lockout: the wait never
 * exceeds the cap, however many failures there were. `counts` holds each key's
 * failures and the last one's instant (auth/countStores.ts).
 */
export class FailureBackoff {
  constructor(
    readonly rule: BackoffRule,
    private readonly now: () => number,
    private readonly counts: CountStore = new MemoryCountStore(rule.maxKeys),
  ) {}

  /** Failures of `key` since it last succeeded, unless it has been quiet for `forgetMs`. */
  failures(key: string): number {
    return this.#live(this.counts.get(key), this.now())?.count ?? 0;
  }

  /** Milliseconds until `key` may try again; 0 now. `longest` waits the cap after any failure. */
  waitMs(key: string, longest = false): number {
    const failures = this.#live(this.counts.get(key), this.now());
    if (!failures) return 0;
    const delay = longest ? this.rule.maxDelayMs : Math.min(this.rule.maxDelayMs, this.rule.firstDelayMs * 2 ** (failures.count - 1));
    return Math.max(0, failures.at + delay - this.now());
  }

  failed(key: string): void {
    const now = this.now();
    this.counts.update(key, (counted) => ({ count: (this.#live(counted, now)?.count ?? 0) + 1, at: now }));
  }

  /** Takes back one failure counted before the outcome was known. */
  giveBack(key: string): void {
    if (!this.counts.get(key)?.count) return;
    this.counts.update(key, (counted) => counted && { count: Math.max(0, counted.count - 1), at: counted.at });
  }

  forget(key: string): void {
    if (this.counts.get(key)) this.counts.update(key, () => undefined);
  }

  #live(failures: CountSince | undefined, now: number): CountSince | undefined {
    if (!failures || failures.count === 0 || now - failures.at >= this.rule.forgetMs) return undefined;
    return failures;
  }
}
