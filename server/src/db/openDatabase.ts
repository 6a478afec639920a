import Database from 'better-sqlite3';
import { migrate } from './migrate.ts';
import { ownerOnlyDatabase } from './ownerOnly.ts';

export type Db = Database.Database;

/**
 * Opens (or creates) the SQLite file and brings its schema up to date.
 * Pass ':memory:' for tests.
 */
export function openDatabase(file: string): Db {
  if (file !== ':memory:') ownerOnlyDatabase(file);
  const db = new Database(file);
  // WAL lets the dashboard read while the collector writes.
  db.pragma('journal_mode = WAL');
  // FULL: a 2xx means the row is on disk, even if the machine loses power
  // right after. The cost is measured by bench/durability.ts.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);
  return db;
}
