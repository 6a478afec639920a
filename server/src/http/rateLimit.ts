import type { Db } from '../db/Db.ts';
import { sharedRateBuckets, type TakeToken } from '../db/shared/rateBuckets.ts';

/** Requests a key may make per minute, and how many keys are remembered at most. */
export interface RateRule {
  perMinute: number;
  maxKeys: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * Token buckets in memory, one per key (an address, a site): each holds up to
 * `perMinute` tokens and refills continuously, so a burst of `perMinute` passes
 * and then one request per 60/perMinute seconds. Memory is bounded: beyond
 * `maxKeys` the least recently seen key is forgotten (as if it had refilled).
 * Every call is O(1), so a flood from one key costs the others nothing.
 * One process's buckets: on a database many collectors share, see `rateBuckets`.
 */
export class TokenBuckets implements TakeToken {
  readonly #buckets = new Map<string, Bucket>();
  readonly #perMs: number;

  constructor(
    readonly rule: RateRule,
    private readonly now: () => number = Date.now,
  ) {
    if (!(rule.perMinute > 0) || !(rule.maxKeys >= 1)) throw new Error('a rate limit needs perMinute > 0 and maxKeys >= 1');
    this.#perMs = rule.perMinute / 60_000;
  }

  /** Takes a token for `key`: 0 when the request may go ahead, otherwise the seconds to wait. */
  take(key: string): number {
    if (this.rule.perMinute === Infinity) return 0;
    const now = this.now();
    const capacity = this.rule.perMinute;
    let bucket = this.#buckets.get(key);
    if (bucket) {
      // Re-inserting keeps the map in least-recently-used order.
      this.#buckets.delete(key);
      bucket.tokens = Math.min(capacity, bucket.tokens + Math.max(0, now - bucket.at) * this.#perMs);
      bucket.at = now;
    } else {
      bucket = { tokens: capacity, at: now };
    }
    this.#buckets.set(key, bucket);
    if (this.#buckets.size > this.rule.maxKeys) this.#buckets.delete(this.#buckets.keys().next().value!);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / this.#perMs / 1000));
  }

  get size(): number {
    return this.#buckets.size;
  }
}

/**
 * The buckets of one scope ('address', 'site') for this app: in the database
 * when other collectors share it, so a limit holds across all of them
 * (db/shared/rateBuckets.ts, one round trip a take), else in this process's memory.
 */
export function rateBuckets(db: Db, scope: string, rule: RateRule, now: () => number): TakeToken {
  return sharedRateBuckets(db, scope, rule.perMinute, now) ?? new TokenBuckets(rule, now);
}
