import { ApiError } from '../http/ApiError.ts';

export interface ThrottleRule {
  /** Failed attempts allowed per key within `windowMs`. */
  failures: number;
  windowMs: number;
  /** Keys remembered at most; beyond that the least recently seen is forgotten. */
  maxKeys: number;
}

/** 10 failures per key in 15 minutes (the password change's check of the current password). */
export const LOGIN_RULE: ThrottleRule = { failures: 10, windowMs: 15 * 60_000, maxKeys: 10_000 };

interface Window {
  count: number;
  start: number;
}

/**
 * Counts password and token guesses per key (a client address, an account):
 * a fixed budget per window, then 429 until the window ends. Sign-in uses it
 * per address only (see signInThrottle.ts), never per account alone. Every attempt is counted *before* the password is checked and given back
 * when it succeeds, so a burst of parallel guesses cannot slip in while the
 * first ones are still being hashed.
 */
export class LoginThrottle {
  readonly #windows = new Map<string, Window>();

  constructor(
    readonly rule: ThrottleRule = LOGIN_RULE,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts an attempt under every key, or throws 429 with Retry-After when one key is spent. */
  attempt(keys: string[]): void {
    this.refuseSpent(keys);
    const now = this.now();
    for (const key of keys) this.#window(key, now).count += 1;
  }

  /** Throws 429 with Retry-After when one key has spent its failures; counts nothing. */
  refuseSpent(keys: string[]): void {
    const now = this.now();
    let wait = 0;
    for (const key of keys) {
      const window = this.#window(key, now);
      if (window.count >= this.rule.failures) wait = Math.max(wait, window.start + this.rule.windowMs - now);
    }
    if (wait > 0) {
      const seconds = Math.max(1, Math.ceil(wait / 1000));
      throw new ApiError(
        429,
        'rate_limited',
        `Too many failed sign-in attempts. Try again in ${Math.ceil(seconds / 60)} minute${seconds > 60 ? 's' : ''}.`,
        undefined,
        { 'Retry-After': String(seconds) },
      );
    }
  }

  /** The attempt was right: it does not count against anyone. */
  succeeded(keys: string[]): void {
    for (const key of keys) {
      const window = this.#windows.get(key);
      if (window && window.count > 0) window.count -= 1;
    }
  }

  #window(key: string, now: number): Window {
    let window = this.#windows.get(key);
    if (window) this.#windows.delete(key); // re-inserted below: keeps least-recently-seen order
    if (!window || now - window.start >= this.rule.windowMs) window = { count: 0, start: now };
    this.#windows.set(key, window);
    if (this.#windows.size > this.rule.maxKeys) this.#windows.delete(this.#windows.keys().next().value!);
    return window;
  }
}
