import type { Db } from '../Db.ts';
import { standaloneStatement, statement } from '../statement.ts';
import { write } from '../write.ts';
import { hiddenKey } from './hiddenKey.ts';
import { sharedByCollectors } from './sharedByCollectors.ts';

/** A count and the instant it is counted from (a window's start, the last failure). */
export interface CountSince {
  count: number;
  at: number;
}

/** Counts by key, as the sign-in throttles keep them. */
export interface CountStore {
  get(key: string): CountSince | undefined;
  /**
   * Replaces the key's count by what `next` makes of it (undefined: forget it),
   * with no other change in between; `next` may throw to change nothing.
   */
  update(key: string, next: (current: CountSince | undefined) => CountSince | undefined): void;
}

const lastPruned = new WeakMap<Db, Map<string, number>>();
const PRUNE_EVERY_MS = 60_000;

/**
 * Counts of one scope every collector on this database shares (failure_counts,
 * migration 41), or undefined on SQLite, where one process's memory holds them.
 * An update runs under the writers' lock (write()): four round trips, paid only
 * by sign-in attempts, which each cost a password hash anyway. Counts older
 * than `forgetMs` mean nothing and are deleted, at most once a minute. Keys
 * are stored hidden (hiddenKey.ts).
 */
export function sharedCountStore(db: Db, scope: string, forgetMs: number, now: () => number): CountStore | undefined {
  if (!sharedByCollectors(db)) return undefined;
  const read = (hidden: string) => statement(db, 'SELECT count, at FROM failure_counts WHERE scope = ? AND key = ?').get(scope, hidden) as CountSince | undefined;
  return {
    get: (key) => read(hiddenKey(db, scope, key, now())),
    update(key, next) {
      prune(db, scope, now() - forgetMs);
      const hidden = hiddenKey(db, scope, key, now());
      write(db, () => {
        const counted = next(read(hidden));
        if (!counted) statement(db, 'DELETE FROM failure_counts WHERE scope = ? AND key = ?').run(scope, hidden);
        else {
          statement(
            db,
            `INSERT INTO failure_counts (scope, key, count, at) VALUES (?, ?, ?, ?)
             ON CONFLICT (scope, key) DO UPDATE SET count = excluded.count, at = excluded.at`,
          ).run(scope, hidden, counted.count, counted.at);
        }
      });
    },
  };
}

function prune(db: Db, scope: string, before: number): void {
  let byScope = lastPruned.get(db);
  if (!byScope) lastPruned.set(db, (byScope = new Map()));
  const last = byScope.get(scope);
  if (last !== undefined && before - last < PRUNE_EVERY_MS && before >= last) return;
  byScope.set(scope, before);
  standaloneStatement(db, 'DELETE FROM failure_counts WHERE scope = ? AND at < ?').run(scope, before);
}
