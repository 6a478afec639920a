import type { Db } from '../Db.ts';
import { standaloneStatement } from '../statement.ts';
import { hiddenKey } from './hiddenKey.ts';
import { sharedByCollectors } from './sharedByCollectors.ts';

/** Takes a token for a key: 0 when the request may go ahead, otherwise the seconds to wait. */
export interface TakeToken {
  take(key: string): number;
}

/**
 * Every bucket is full a minute after its last take whatever its rate
 * (perMinute tokens, refilled at perMinute a minute), and a full bucket is
 * what no row means: older rows are deleted, at most once a minute.
 */
const REFILLED_AFTER_MS = 60_000;
const lastPruned = new WeakMap<Db, number>();

/**
 * Token buckets every collector on this database draws from (rate_buckets,
 * migration 41), or undefined on SQLite, where one process's memory is the
 * whole truth (http/rateLimit.ts). A take is one statement, one round trip,
 * outside the writers' lock: the function take_rate_token refills and takes
 * under the row's lock, so racing collectors cannot share a last token. Keys
 * are stored hidden (hiddenKey.ts).
 */
export function sharedRateBuckets(db: Db, scope: string, perMinute: number, now: () => number): TakeToken | undefined {
  if (!sharedByCollectors(db)) return undefined;
  const perMs = perMinute / 60_000;
  return {
    take(key) {
      if (perMinute === Infinity) return 0;
      const at = now();
      pruneRefilled(db, at);
      return standaloneStatement(db, 'SELECT take_rate_token(?, ?, ?, ?, ?)').pluck().get(scope, hiddenKey(db, scope, key, at), perMinute, perMs, at) as number;
    },
  };
}

function pruneRefilled(db: Db, at: number): void {
  const last = lastPruned.get(db);
  if (last !== undefined && at - last < REFILLED_AFTER_MS && at >= last) return;
  lastPruned.set(db, at);
  standaloneStatement(db, 'DELETE FROM rate_buckets WHERE at < ?').run(at - REFILLED_AFTER_MS);
}
