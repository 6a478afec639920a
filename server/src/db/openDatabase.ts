import Database from 'better-sqlite3';
import { migrate } from './migrate.ts';
import { ownerOnlyDatabase } from './ownerOnly.ts';

export type { Db } from './Db.ts';

/** Long enough for another process's commit (a few ms with synchronous = FULL), short enough not to be felt. */
export const BUSY_TIMEOUT_MS = 50;

/**
 * Opens (or creates) the SQLite file and brings its schema up to date.
 * Pass ':memory:' for tests.
 */
export function openDatabase(file: string): Database.Database {
  if (file !== ':memory:') ownerOnlyDatabase(file);
  const db = new Database(file);
  // WAL lets the dashboard read while the collector writes.
  db.pragma('journal_mode = WAL');
  // FULL: a 2xx means the row is on disk, even if the machine loses power
  // right after. The cost is measured by bench/durability.ts.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  // Another process holding the write lock (a CLI command, a sqlite3 shell) is
  // waited for on the event loop, so every request waits with it: only briefly,
  // then the write answers 503 with Retry-After (the widget sends it again) and
  // reads, which WAL never blocks, go on being served.
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  migrate(db);
  return db;
}
