import type { RunResult, Transaction } from 'better-sqlite3';

/**
 * The part of better-sqlite3's statement the code uses. SQLite's own statement
 * is one, unwrapped (no cost per call); PostgreSQL's (postgres/PostgresStatement.ts)
 * is the other, so the ~150 query files run unchanged on both engines.
 */
export interface DbStatement {
  readonly readonly: boolean;
  run(...params: unknown[]): RunResult;
  get(...params: unknown[]): unknown;
  all(...params: unknown[]): unknown[];
  iterate(...params: unknown[]): IterableIterator<unknown>;
  pluck(toggle?: boolean): this;
  raw(toggle?: boolean): this;
}

/** The part of better-sqlite3's database the code uses, which postgres/PostgresDb.ts also is. */
export interface Db {
  prepare(sql: string): DbStatement;
  exec(sql: string): unknown;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- better-sqlite3's own signature
  transaction<F extends (...args: any[]) => any>(fn: F): Transaction<F>;
  readonly inTransaction: boolean;
  readonly open: boolean;
  /** The file (SQLite) or the connection string without its password (PostgreSQL). */
  readonly name: string;
  readonly memory: boolean;
  pragma(source: string, options?: { simple?: boolean }): unknown;
  close(): unknown;
}
