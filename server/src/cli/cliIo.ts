import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from '../db/openDatabase.ts';
import { openDatabase } from '../db/openDatabase.ts';

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

export function databaseFile(io: CliIo): string {
  return join(io.dataDir, 'touchpoint.db');
}

/**
 * Runs `work` on the database in the data directory (created, and migrated, on
 * first use): safe while the collector runs, as both use WAL.
 */
export async function withDatabase<T>(io: CliIo, work: (db: Db) => T | Promise<T>): Promise<T> {
  mkdirSync(io.dataDir, { recursive: true, mode: 0o700 });
  const db = openDatabase(databaseFile(io));
  try {
    return await work(db);
  } finally {
    db.close();
  }
}
