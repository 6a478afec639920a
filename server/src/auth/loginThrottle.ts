import type { CountSince, CountStore } from '../db/shared/countStore.ts';
import { ApiError } from '../http/ApiError.ts';
import { MemoryCountStore } from './countStores.ts';

export interface ThrottleRule {
  /** Failed attempts allowed per key within `windowMs`. */
  failures: number;
  windowMs: number;
  /** Keys remembered at most; beyond that the least recently seen is forgotten. */
  maxKeys: number;
}

/** 10 failures per key in 15 minutes (the password change's check of the current password). */
export const LOGIN_RULE: ThrottleRule = { failures: 10, windowMs: 15 * 60_000, maxKeys: 10_000 };

/**
 * Counts password and token guesses per key (a client address, an account):
 * a fixed budget per window, then 429 until the window ends. Sign-in uses it
 * per address only (see signInThrottle.ts), never per account alone. Every attempt is counted *before* the password is checked and given back
 * when it succeeds, so a burst of parallel guesses cannot slip in while the
 * first ones are still being hashed. `counts` holds each key's failures and
 * its window's start (auth/countStores.ts: shared by collectors when they share a database).
 */
export class LoginThrottle {
  constructor(
    readonly rule: ThrottleRule = LOGIN_RULE,
    private readonly now: () => number = Date.now,
    private readonly counts: CountStore = new MemoryCountStore(rule.maxKeys),
  ) {}

  /** Counts an attempt under every key, or throws 429 with Retry-After when one key is spent. */
  attempt(keys: string[]): void {
    this.refuseSpent(keys);
    const now = this.now();
    for (const key of keys) {
      this.counts.update(key, (counted) => {
        const window = this.#window(counted, now);
        // Another collector may have spent it since refuseSpent looked.
        this.#refuse(this.#wait(window, now));
        return { count: window.count + 1, at: window.at };
      });
    }
  }

  /** Throws 429 with Retry-After when one key has spent its failures; counts nothing. */
  refuseSpent(keys: string[]): void {
    const now = this.now();
    this.#refuse(Math.max(0, ...keys.map((key) => this.#wait(this.#window(this.counts.get(key), now), now))));
  }

  /** The attempt was right: it does not count against anyone. */
  succeeded(keys: string[]): void {
    for (const key of keys) {
      if (!this.counts.get(key)?.count) continue;
      this.counts.update(key, (counted) => counted && { count: Math.max(0, counted.count - 1), at: counted.at });
    }
  }

  /** The key's window as of `now`: a new one when the last has ended. */
  #window(counted: CountSince | undefined, now: number): CountSince {
    return !counted || now - counted.at >= this.rule.windowMs ? { count: 0, at: now } : counted;
  }

  #wait(window: CountSince, now: number): number {
    return window.count >= this.rule.failures ? window.at + this.rule.windowMs - now : 0;
  }

  #refuse(wait: number): void {
    if (wait <= 0) return;
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
