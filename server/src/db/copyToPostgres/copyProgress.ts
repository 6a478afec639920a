import type pg from 'pg';

/**
 * Where a copy stands, one row per table, in the target itself: each batch
 * moves its table's row in the transaction that inserts the batch, so after a
 * crash or Ctrl-C the rows and the progress agree and a rerun goes on from
 * the last key without a duplicate. Dropped once the copy is verified.
 */
export const PROGRESS_TABLE = 'touchpoint_copy_progress';

export interface TableProgress {
  /** The source key of the last row copied (encodeKey), null before the first batch. */
  lastKey: string | null;
  rows: number;
  /** The running checksum (rowDigest.ts) of the rows copied, as hex. */
  checksum: string;
  done: boolean;
}

async function progressTableExists(client: pg.Client): Promise<boolean> {
  const { rows } = await client.query(`SELECT to_regclass('${PROGRESS_TABLE}') IS NOT NULL AS yes`);
  return rows[0].yes === 't';
}

export async function createProgressTable(client: pg.Client): Promise<void> {
  await client.query(
    `CREATE TABLE IF NOT EXISTS ${PROGRESS_TABLE} (table_name TEXT PRIMARY KEY, last_key TEXT, rows BIGINT NOT NULL, checksum TEXT NOT NULL, done BOOLEAN NOT NULL)`,
  );
}

export async function readProgress(client: pg.Client): Promise<Map<string, TableProgress>> {
  if (!(await progressTableExists(client))) return new Map();
  const { rows } = await client.query<{ table_name: string; last_key: string | null; rows: string; checksum: string; done: string }>(
    `SELECT table_name, last_key, rows, checksum, done FROM ${PROGRESS_TABLE}`,
  );
  return new Map(rows.map((r) => [r.table_name, { lastKey: r.last_key, rows: Number(r.rows), checksum: r.checksum, done: r.done === 't' }]));
}

/** Inside the batch's transaction. */
export async function saveProgress(client: pg.Client, table: string, progress: TableProgress): Promise<void> {
  await client.query(
    `INSERT INTO ${PROGRESS_TABLE} (table_name, last_key, rows, checksum, done) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (table_name) DO UPDATE SET last_key = EXCLUDED.last_key, rows = EXCLUDED.rows, checksum = EXCLUDED.checksum, done = EXCLUDED.done`,
    [table, progress.lastKey, progress.rows, progress.checksum, progress.done],
  );
}

export async function dropProgressTable(client: pg.Client): Promise<void> {
  await client.query(`DROP TABLE IF EXISTS ${PROGRESS_TABLE}`);
}
