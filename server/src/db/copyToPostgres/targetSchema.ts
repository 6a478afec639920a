import type pg from 'pg';
import { valueKindOf, type ValueKind } from './pgValue.ts';

export interface TargetColumn {
  name: string;
  /** As format_type prints it: the cast each batch's array gets. */
  type: string;
  kind: ValueKind;
  identity: boolean;
}

/** Every table of the target's schema with its columns, read from the catalogue: the types the copy converts to. */
export async function readTargetTables(client: pg.Client): Promise<Map<string, TargetColumn[]>> {
  const { rows } = await client.query<{ table: string; column: string; type: string; identity: string }>(`
    SELECT c.relname AS table, a.attname AS column, format_type(a.atttypid, a.atttypmod) AS type, (a.attidentity <> '')::text AS identity
    FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = current_schema() AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
    ORDER BY c.relname, a.attnum`);
  const tables = new Map<string, TargetColumn[]>();
  for (const row of rows) {
    const columns = tables.get(row.table) ?? [];
    columns.push({ name: row.column, type: row.type, kind: valueKindOf(row.type), identity: row.identity === 'true' });
    tables.set(row.table, columns);
  }
  return tables;
}

/** The versions in the target's schema_migrations, none when it has no schema yet. */
export async function readTargetVersions(client: pg.Client): Promise<number[]> {
  const exists = await client.query("SELECT to_regclass('schema_migrations') IS NOT NULL AS yes");
  if (exists.rows[0].yes !== 't') return [];
  const { rows } = await client.query<{ version: string }>('SELECT version FROM schema_migrations ORDER BY version');
  return rows.map((r) => Number(r.version));
}
