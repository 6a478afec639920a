import type { Db } from './openDatabase.ts';

/**
 * The one way to change the database: `work` runs in a transaction that takes
 * the write lock first (BEGIN IMMEDIATE) and ends with its own COMMIT.
 *
 * Why not let SQLite autocommit each statement: better-sqlite3's `.get()` on an
 * `INSERT … RETURNING` returns the row after the first step, then resets the
 * statement, and the commit that happens in that reset can fail (disk full,
 * I/O error) without anyone being told; the route then answered 201 for a row
 * that was never stored. A separate COMMIT throws, and http/storageErrors.ts
 * turns that into a 503. Taking the lock first also means a busy database
 * fails before anything is done, never half-way. Inside another write, `work`
 * simply runs in it (no savepoint: an import's thousand rows would pay for one
 * each), and an error rolls back the whole outer write.
 * `statement()` refuses a write outside a transaction, so no write can skip this.
 */
export function write<T>(db: Db, work: () => T): T {
  return db.inTransaction ? work() : db.transaction(work).immediate();
}

export type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

/**
 * Many independent pieces of work in one write (one COMMIT, so one fsync for
 * all of them: ingest/groupCommit.ts). Each runs in its own savepoint, so one
 * that throws is undone alone and the others are still committed; its error is
 * returned in its place. When SQLite itself ended the transaction (a full
 * disk can), nothing in it stands, so the whole write throws.
 */
export function writeEach<T>(db: Db, works: readonly (() => T)[]): Settled<T>[] {
  return write(db, () =>
    works.map((work): Settled<T> => {
      try {
        return { ok: true, value: db.transaction(work)() };
      } catch (error) {
        if (!db.inTransaction) throw error;
        return { ok: false, error };
      }
    }),
  );
}
