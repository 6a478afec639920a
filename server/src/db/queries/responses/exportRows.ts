import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import type { SiteRange } from '../ranges/dateRange.ts';

/** The tables a site's export reads: every response, and every answered survey question. */
export type ExportTable = 'responses' | 'survey_answers';

/** Internal columns that never leave the collector. */
const NOT_EXPORTED = new Set(['site_id', 'visitor_hash', 'terms_indexed']);

export type ExportRecord = Record<string, string | number | null>;

/** Where the previous page ended: (created_at, rowid) of its last row. */
export interface ExportCursor {
  createdAt: number;
  rowid: number;
}

/**
 * The exported columns: every column of the table but the internal ones, so a
 * column added later is exported without touching this file. Named in camelCase.
 */
export function exportColumns(db: Db, table: ExportTable): string[] {
  const columns = db.pragma(`table_info(${table})`) as { name: string }[];
  return columns.map((c) => c.name).filter((name) => !NOT_EXPORTED.has(name));
}

export function camelCase(column: string): string {
  return column.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

/**
 * One page of a site's rows of `table` in [from, to), oldest first, after `cursor`.
 * Keyset pagination rather than one long-lived iterator: an open iterator keeps
 * the connection busy, and the collector's inserts share that connection.
 */
export function readExportPage(
  db: Db,
  table: ExportTable,
  columns: readonly string[],
  range: SiteRange,
  cursor: ExportCursor | undefined,
  limit: number,
): { records: ExportRecord[]; cursor: ExportCursor | undefined } {
  const select = columns.map((name) => `"${name.replaceAll('"', '""')}"`).join(', ');
  const rows = statement(
    db,
    `SELECT rowid AS "__rowid", ${select}
       FROM ${table}
      WHERE site_id = @siteId AND created_at >= @from AND created_at < @to
        AND (created_at, rowid) > (@afterTime, @afterRowid)
      ORDER BY created_at, rowid
      LIMIT @limit`,
  ).iterate({ ...range, afterTime: cursor?.createdAt ?? -1, afterRowid: cursor?.rowid ?? 0, limit });
  const records: ExportRecord[] = [];
  let last = cursor;
  for (const row of rows as Iterable<Record<string, string | number | null>>) {
    last = { createdAt: row.created_at as number, rowid: row.__rowid as number };
    records.push(toExportRecord(row, columns));
  }
  return { records, cursor: last };
}

/** A row as the export shows it: camelCase names, times as ISO strings. Webhook payloads carry the same. */
export function toExportRecord(row: Record<string, string | number | null>, columns: readonly string[]): ExportRecord {
  const record: ExportRecord = {};
  for (const name of columns) {
    const value = row[name] ?? null;
    record[camelCase(name)] = name.endsWith('_at') && typeof value === 'number' ? new Date(value).toISOString() : value;
  }
  return record;
}
