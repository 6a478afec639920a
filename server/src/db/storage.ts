import { join } from 'node:path';

/** A PostgreSQL database: the main address, and the one the view threads read from (a replica, or the same). */
export interface PostgresLocation {
  url: string;
  readUrl: string;
}

/**
 * Where the collector's data lives, as plain data: it crosses to the ingest
 * writer's and the view workers' threads, which open their own connections
 * from it (openStorage.ts). Only db/ looks inside.
 */
export type Storage = { engine: 'sqlite'; file: string } | ({ engine: 'postgres' } & PostgresLocation);

/** The SQLite file's name in the data directory. */
const DATABASE_FILE = 'touchpoint.db';

/** PostgreSQL when one is configured (TOUCHPOINT_DATABASE_URL), else the SQLite file in the data directory. */
export function storageIn(dataDir: string, postgres?: PostgresLocation): Storage {
  return postgres ? { engine: 'postgres', ...postgres } : { engine: 'sqlite', file: join(dataDir, DATABASE_FILE) };
}

/**
 * The SQLite file, for what only a file can do (`touchpoint backup`/`restore`
 * copy it page by page); on PostgreSQL a refusal that says what to use instead.
 */
export function sqliteFileOf(storage: Storage, command: string): string {
  if (storage.engine === 'sqlite') return storage.file;
  throw new Error(
    `\`touchpoint ${command}\` copies the SQLite file, but this collector's database is PostgreSQL (TOUCHPOINT_DATABASE_URL): ` +
      'back it up with pg_dump (e.g. pg_dump --format=custom --file=touchpoint.dump "$TOUCHPOINT_DATABASE_URL") and restore with pg_restore.',
  );
}
