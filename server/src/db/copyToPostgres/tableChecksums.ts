import type Database from 'better-sqlite3';
import type pg from 'pg';
import type { SqliteValue } from './pgValue.ts';
import { addRow, checksumText } from './rowDigest.ts';
import { allRowsSql, type TablePlan } from './tablePlan.ts';

export interface Tally {
  rows: number;
  checksum: string;
}

/** The source side, from the snapshot: rowDigest's sum needs no order, so SQLite reads in its own. */
export function sourceTally(db: Database.Database, plan: TablePlan): Tally {
  const kinds = plan.columns.map((c) => c.kind);
  let rows = 0;
  let checksum = 0n;
  for (const row of db.prepare(allRowsSql(plan, 'sqlite')).raw(true).safeIntegers(true).iterate() as IterableIterator<SqliteValue[]>) {
    checksum = addRow(checksum, kinds, row);
    rows++;
  }
  return { rows, checksum: checksumText(checksum) };
}

const FETCH_ROWS = 5000;

/** The target side, the same sum over PostgreSQL's rows, read through a cursor so memory stays bounded. */
export async function targetTally(client: pg.Client, plan: TablePlan): Promise<Tally> {
  const kinds = plan.columns.map((c) => c.kind);
  let rows = 0;
  let checksum = 0n;
  await client.query('BEGIN READ ONLY');
  try {
    await client.query(`DECLARE tp_verify NO SCROLL CURSOR FOR ${allRowsSql(plan, 'postgres')}`);
    for (;;) {
      const batch = await client.query<string[]>({ text: `FETCH ${FETCH_ROWS} FROM tp_verify`, rowMode: 'array' });
      for (const row of batch.rows) checksum = addRow(checksum, kinds, row);
      rows += batch.rows.length;
      if (batch.rows.length < FETCH_ROWS) break;
    }
  } finally {
    await client.query('COMMIT');
  }
  return { rows, checksum: checksumText(checksum) };
}
