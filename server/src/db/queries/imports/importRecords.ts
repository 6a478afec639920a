import type { ImportMode, ImportRowError } from '../../../../../shared/schemas/importJob.ts';
import type { ImportMapping } from '../../../../../shared/schemas/importMapping.ts';
import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import { write } from '../../write.ts';

export type ImportFormat = 'csv' | 'xlsx';
export type ImportStatus = 'uploaded' | 'reading' | 'storing' | 'done' | 'failed';

/** One import as stored: the file it reads, where it is, what it found. */
export interface ImportRecord {
  id: string;
  siteId: number;
  fileName: string;
  filePath: string;
  format: ImportFormat;
  size: number;
  columns: string[];
  status: ImportStatus;
  mode: ImportMode | null;
  bytesRead: number;
  rowsRead: number;
  rowsValid: number;
  errorCount: number;
  inserted: number;
  duplicates: number;
  failure: string | null;
  createdAt: number;
  finishedAt: number | null;
}

/** What an upload knows before anything is read: the rest starts at zero. */
export type NewImport = Pick<ImportRecord, 'id' | 'siteId' | 'fileName' | 'filePath' | 'format' | 'size' | 'columns' | 'createdAt'>;

export function insertImport(db: Db, record: NewImport): void {
  write(db, () =>
    statement(
      db,
      `INSERT INTO imports (id, site_id, file_name, file_path, format, size, columns, created_at)
       VALUES (@id, @siteId, @fileName, @filePath, @format, @size, @columns, @createdAt)`,
    ).run({ ...record, columns: JSON.stringify(record.columns) }),
  );
}

const SELECT = `
  SELECT id, site_id AS siteId, file_name AS fileName, file_path AS filePath, format, size, columns, status, mode,
         bytes_read AS bytesRead, rows_read AS rowsRead, rows_valid AS rowsValid, error_count AS errorCount,
         inserted, duplicates, failure, created_at AS createdAt, finished_at AS finishedAt
  FROM imports`;

export function findImport(db: Db, siteId: number, id: string): ImportRecord | undefined {
  const row = statement(db, `${SELECT} WHERE site_id = ? AND id = ?`).get(siteId, id) as (Omit<ImportRecord, 'columns'> & { columns: string }) | undefined;
  return row && { ...row, columns: JSON.parse(row.columns) as string[] };
}

/** Starts (or restarts) reading: what an earlier run staged or reported is cleared. */
export function beginImport(db: Db, id: string, mode: ImportMode, mapping: ImportMapping): void {
  write(db, () => {
    statement(db, 'DELETE FROM import_staged_rows WHERE import_id = ?').run(id);
    statement(db, 'DELETE FROM import_errors WHERE import_id = ?').run(id);
    statement(
      db,
      `UPDATE imports SET status = 'reading', mode = ?, mapping = ?, bytes_read = 0, rows_read = 0, rows_valid = 0,
         error_count = 0, inserted = 0, duplicates = 0, failure = NULL, finished_at = NULL WHERE id = ?`,
    ).run(mode, JSON.stringify(mapping), id);
  });
}

/** The stored errors of an import are capped: a file of 100 000 bad rows needs its pattern, not every line. */
export const STORED_ERRORS_MAX = 10_000;

export interface StagedRow {
  line: number;
  row: unknown;
}

/** One batch read from the file: its valid rows staged, its errors noted, the progress moved; one write. */
export function stageBatch(
  db: Db,
  id: string,
  batch: { rows: readonly StagedRow[]; errors: readonly ImportRowError[]; bytesRead: number; rowsRead: number },
): void {
  write(db, () => {
    const stage = statement(db, 'INSERT OR REPLACE INTO import_staged_rows (import_id, line, row) VALUES (?, ?, ?)');
    for (const { line, row } of batch.rows) stage.run(id, line, JSON.stringify(row));
    const stored = statement(db, 'SELECT count(*) FROM import_errors WHERE import_id = ?').pluck().get(id) as number;
    const note = statement(db, 'INSERT OR IGNORE INTO import_errors (import_id, line, code, message) VALUES (?, ?, ?, ?)');
    for (const error of batch.errors.slice(0, Math.max(0, STORED_ERRORS_MAX - stored))) note.run(id, error.line, error.code, error.message);
    statement(
      db,
      `UPDATE imports SET bytes_read = ?, rows_read = ?, rows_valid = rows_valid + ?, error_count = error_count + ? WHERE id = ?`,
    ).run(batch.bytesRead, batch.rowsRead, batch.rows.length, batch.errors.length, id);
  });
}

/** The staged rows after `afterLine`, a page at a time, in file order. */
export function stagedRowsAfter(db: Db, id: string, afterLine: number, limit: number): StagedRow[] {
  const rows = statement(db, 'SELECT line, row FROM import_staged_rows WHERE import_id = ? AND line > ? ORDER BY line LIMIT ?').all(
    id,
    afterLine,
    limit,
  ) as { line: number; row: string }[];
  return rows.map(({ line, row }) => ({ line, row: JSON.parse(row) as unknown }));
}

export function setImportStatus(db: Db, id: string, status: ImportStatus): void {
  write(db, () => statement(db, 'UPDATE imports SET status = ? WHERE id = ?').run(status, id));
}

/** The end of an import: its figures, and the staged rows dropped (stored, or refused). */
export function finishImport(
  db: Db,
  id: string,
  end: { status: 'done' | 'failed'; inserted: number; duplicates: number; failure: string | null; now: number },
): void {
  write(db, () => {
    statement(db, 'DELETE FROM import_staged_rows WHERE import_id = ?').run(id);
    statement(db, 'UPDATE imports SET status = ?, inserted = ?, duplicates = ?, failure = ?, finished_at = ? WHERE id = ?').run(
      end.status,
      end.inserted,
      end.duplicates,
      end.failure,
      end.now,
      id,
    );
  });
}

/** An import's errors by line, the first `limit`. */
export function importErrors(db: Db, id: string, limit: number): ImportRowError[] {
  return statement(db, 'SELECT line, code, message FROM import_errors WHERE import_id = ? ORDER BY line, code LIMIT ?').all(id, limit) as ImportRowError[];
}
