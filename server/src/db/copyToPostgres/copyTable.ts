import type Database from 'better-sqlite3';
import type pg from 'pg';
import { decodeKey, encodeKey, showKey } from './batchKey.ts';
import { saveProgress, type TableProgress } from './copyProgress.ts';
import { CopyRefused } from './CopyRefused.ts';
import { toPgParam, type SqliteValue } from './pgValue.ts';
import { addRow, checksumText } from './rowDigest.ts';
import { quoted } from './targetClient.ts';
import { batchSql, insertSql, type TablePlan } from './tablePlan.ts';

export interface CopyHooks {
  /** After each committed batch (tests: stop the copy there, as a crash would). */
  afterBatch?: (table: string, batch: number) => void | Promise<void>;
  /** Between the copy and the verification (tests: alter a row). */
  beforeVerify?: () => void | Promise<void>;
}

export interface TableCopyProgress {
  table: string;
  rows: number;
  copiedNow: number;
  done: boolean;
}

/**
 * Copies one table from the source's snapshot in key order, a batch per
 * transaction, each with its progress row, from where an earlier run stopped.
 * Only one batch is in memory at a time. Returns the progress at the end.
 */
export async function copyTable(
  db: Database.Database,
  client: pg.Client,
  plan: TablePlan,
  start: TableProgress | undefined,
  options: { batchRows: number; hooks: CopyHooks; onBatch: (progress: TableCopyProgress) => void },
): Promise<TableProgress> {
  const table = plan.source.name;
  let progress: TableProgress = start ?? { lastKey: null, rows: 0, checksum: checksumText(0n), done: false };
  if (progress.done) return progress;
  const keyLength = plan.source.key.length;
  const first = db.prepare(batchSql(plan, false)).raw(true).safeIntegers(true);
  const next = db.prepare(batchSql(plan, true)).raw(true).safeIntegers(true);
  const insert = insertSql(plan);
  let copiedNow = 0;
  for (let batch = 1; ; batch++) {
    const rows = (progress.lastKey === null ? first.all(options.batchRows) : next.all(...decodeKey(progress.lastKey), options.batchRows)) as SqliteValue[][];
    const columns = plan.columns.map(() => [] as unknown[]);
    let checksum = BigInt('0x' + progress.checksum);
    for (const row of rows) {
      const values = row.slice(keyLength);
      plan.columns.forEach((column, i) => {
        try {
          columns[i]!.push(toPgParam(column.kind, values[i]!));
        } catch (error) {
          throw new CopyRefused(`${table}, row ${showKey(plan.source.key, row.slice(0, keyLength))}, column ${column.name}: ${(error as Error).message}`);
        }
      });
      checksum = addRow(checksum, plan.columns.map((c) => c.kind), values);
    }
    const last = rows.at(-1);
    const moved: TableProgress = {
      lastKey: last ? encodeKey(last.slice(0, keyLength)) : progress.lastKey,
      rows: progress.rows + rows.length,
      checksum: checksumText(checksum),
      done: rows.length < options.batchRows,
    };
    await client.query('BEGIN');
    try {
      // A table's first batch clears what the migrations seeded there (refuseForeignRows allowed only that).
      if (progress.rows === 0) await client.query(`DELETE FROM ${quoted(table)}`);
      if (rows.length > 0) await insertBatch(client, insert, columns, plan, rows, keyLength);
      await saveProgress(client, table, moved);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    }
    progress = moved;
    copiedNow += rows.length;
    options.onBatch({ table, rows: progress.rows, copiedNow, done: progress.done });
    await options.hooks.afterBatch?.(table, batch);
    if (progress.done) return progress;
  }
}

async function insertBatch(client: pg.Client, sql: string, columns: unknown[][], plan: TablePlan, rows: SqliteValue[][], keyLength: number): Promise<void> {
  await client.query('SAVEPOINT batch');
  try {
    await client.query(sql, columns);
  } catch (error) {
    await client.query('ROLLBACK TO batch');
    throw await refusedRow(client, sql, columns, plan, rows, keyLength, error as Error);
  }
}

/** PostgreSQL refused a batch without saying which row: try each alone to name it. */
async function refusedRow(client: pg.Client, sql: string, columns: unknown[][], plan: TablePlan, rows: SqliteValue[][], keyLength: number, batchError: Error): Promise<Error> {
  const table = plan.source.name;
  for (let r = 0; r < rows.length; r++) {
    await client.query('SAVEPOINT one_row');
    try {
      await client.query(sql, columns.map((values) => [values[r]]));
      await client.query('ROLLBACK TO one_row');
    } catch (error) {
      await client.query('ROLLBACK TO one_row');
      const { message, column, constraint } = error as Error & { column?: string; constraint?: string };
      const where = column ? `, column ${column}` : constraint ? `, constraint ${constraint}` : '';
      return new CopyRefused(`${table}, row ${showKey(plan.source.key, rows[r]!.slice(0, keyLength))}${where}: PostgreSQL refused it: ${message}`);
    }
  }
  return new CopyRefused(`${table}: PostgreSQL refused a batch: ${batchError.message}`);
}
