import { mkdirSync } from 'node:fs';
import type { Db } from '../db/openDatabase.ts';
import { openStorage } from '../db/openStorage.ts';
import { sqliteFileOf, storageIn, type PostgresLocation } from '../db/storage.ts';

/** What a command may touch: given by `cli.ts` for a real run, by a test otherwise. */
export interface CliIo {
  /** One line for the user (stdout). */
  out: (line: string) => void;
  /** One line of complaint (stderr). */
  err: (line: string) => void;
  /** Where `export` writes when no file is named. */
  stdout: NodeJS.WritableStream;
  /** All of stdin (for --password-stdin and `import -`). */
  readStdin: () => Promise<string>;
  /** Asks on the terminal without echo; undefined when there is no terminal. */
  ask?: (question: string) => Promise<string>;
  /** The clock: `Date.now` at the edge, a pinned instant in tests. */
  now: () => number;
  /** TOUCHPOINT_DATA_DIR, holding touchpoint.db. */
  dataDir: string;
  /** TOUCHPOINT_DATABASE_URL: the collector's PostgreSQL database instead of touchpoint.db. */
  postgres?: PostgresLocation;
}

/** A refusal the user can act on: printed without a stack, the process exits with `exitCode`. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

/** The SQLite file `command` copies; a refusal naming pg_dump when the collector is on PostgreSQL. */
export function databaseFile(io: CliIo, command: string): string {
  return sqliteFileOf(storageIn(io.dataDir, io.postgres), command);
}

/**
 * Runs `work` on the collector's database, the file in the data directory
 * (created, and migrated, on first use) or PostgreSQL: safe while the
 * collector runs (WAL; PostgreSQL's own locks).
 */
export async function withDatabase<T>(io: CliIo, work: (db: Db) => T | Promise<T>): Promise<T> {
  mkdirSync(io.dataDir, { recursive: true, mode: 0o700 });
  const db = openStorage(storageIn(io.dataDir, io.postgres), io.now());
  try {
    return await work(db);
  } finally {
    db.close();
  }
}
