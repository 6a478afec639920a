import type pg from 'pg';
import { quoted } from './targetClient.ts';
import type { TablePlan } from './tablePlan.ts';

/**
 * Moves each identity column's sequence past the largest id copied (and past
 * SQLite's AUTOINCREMENT high-water mark), so the collector's next insert does
 * not take an id the copy already used.
 */
export async function setIdentitySequences(client: pg.Client, plans: TablePlan[]): Promise<void> {
  for (const plan of plans) {
    for (const column of plan.columns.filter((c) => c.identity)) {
      const table = quoted(plan.source.name);
      await client.query(
        // is_called false on an empty table: its first id stays 1.
        `SELECT setval(pg_get_serial_sequence($1, $2), greatest(top, 1), top > 0)
         FROM (SELECT greatest(coalesce(max(${quoted(column.name)}), 0), $3::bigint) AS top FROM ${table}) t`,
        [table, column.name, (plan.source.autoincrementSeq ?? 0n).toString()],
      );
    }
  }
}
