import type { Transaction } from 'better-sqlite3';
import type { Db, DbStatement } from '../Db.ts';
import { PostgresStatement } from './PostgresStatement.ts';
import { sqliteErrorOf } from './sqliteErrorOf.ts';
import { SyncBridge } from './syncBridge.ts';
import { translateSql } from './translateSql.ts';
import { urlWithoutPassword } from './urlWithoutPassword.ts';

/**
 * Every top-level transaction takes this lock first, as SQLite's BEGIN IMMEDIATE
 * takes its write lock: the code was written for one writer at a time (read,
 * then write on what was read), and this keeps that true across connections and
 * collectors until a statement-by-statement review allows finer locks.
 */
const WRITE_LOCK = 0x70756368; // "puch": any constant shared by every collector

/** A PostgreSQL database with better-sqlite3's synchronous face (Db.ts), through a SyncBridge. */
export class PostgresDb implements Db {
  readonly name: string;
  // No file to keep the visitor salt beside (privacy/dailySalt.ts): in memory, as for an in-memory SQLite, unless the collector names a directory.
  readonly memory = true;
  #open = true;
  #depth = 0;
  readonly #bridge: SyncBridge;

  constructor(url: string) {
    this.name = urlWithoutPassword(url);
    this.#bridge = new SyncBridge(url);
  }

  get open(): boolean {
    return this.#open;
  }

  get inTransaction(): boolean {
    return this.#depth > 0;
  }

  readonly #run = (text: string, values: unknown[], array: boolean): { rows: unknown[]; rowCount: number } => {
    if (!this.#open) throw new TypeError('The database connection is not open');
    const answer = this.#bridge.query(text, values, array);
    if ('error' in answer) throw sqliteErrorOf(answer.error, text);
    return answer;
  };

  prepare(sql: string): DbStatement {
    return new PostgresStatement(translateSql(sql), this.#run);
  }

  /** PostgreSQL's own SQL (a schema, BEGIN…), sent as it is: several statements in one string are allowed. */
  exec(sql: string): this {
    this.#run(sql, [], false);
    return this;
  }

  /** The pragmas code outside db/ reads, answered from PostgreSQL's catalogue; SQLite's settings mean nothing here. */
  pragma(source: string): unknown {
    const table = /^table_info\((\w+)\)$/.exec(source.trim())?.[1];
    if (!table) throw new Error(`PRAGMA ${source} is SQLite's; PostgreSQL has no such setting`);
    return this.#run(
      'SELECT column_name AS name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position',
      [table],
      false,
    ).rows;
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- better-sqlite3's own signature
  transaction<F extends (...args: any[]) => any>(fn: F): Transaction<F> {
    const run = (...args: Parameters<F>): ReturnType<F> => this.#transact(() => fn(...args));
    return Object.assign(run, { default: run, deferred: run, immediate: run, exclusive: run, database: this }) as unknown as Transaction<F>;
  }

  /** Outermost: BEGIN … COMMIT under the write lock; inside another: a savepoint, undone alone on error (as better-sqlite3 does). */
  #transact<T>(work: () => T): T {
    const savepoint = this.#depth > 0 ? `tp_${this.#depth}` : undefined;
    this.exec(savepoint ? `SAVEPOINT ${savepoint}` : `BEGIN; SELECT pg_advisory_xact_lock(${WRITE_LOCK})`);
    this.#depth++;
    let result: T;
    try {
      result = work();
    } catch (error) {
      this.#depth--;
      if (this.#open) this.exec(savepoint ? `ROLLBACK TO ${savepoint}; RELEASE ${savepoint}` : 'ROLLBACK');
      throw error;
    }
    this.#depth--;
    try {
      this.exec(savepoint ? `RELEASE ${savepoint}` : 'COMMIT');
    } catch (error) {
      if (!savepoint && this.#open) this.exec('ROLLBACK');
      throw error;
    }
    return result;
  }

  close(): this {
    if (this.#open) this.#bridge.close();
    this.#open = false;
    return this;
  }
}
