import type { ImportJob } from '../../../../shared/schemas/importJob.ts';
import type { Db } from '../../db/openDatabase.ts';
import { importErrors, type ImportRecord } from '../../db/queries/imports/importRecords.ts';

/** Errors listed in an import's report; the rest are in its errors.csv. */
const ERRORS_LISTED = 100;

/** An import as `GET …/imports/:id` answers it: progress while it runs, the report once done. */
export function importJobView(db: Db, record: ImportRecord): ImportJob {
  const finished = record.status === 'done';
  return {
    id: record.id,
    fileName: record.fileName,
    format: record.format,
    size: record.size,
    columns: record.columns,
    status: record.status,
    mode: record.mode,
    progress: finished ? 1 : record.size === 0 ? 0 : Math.min(1, record.bytesRead / record.size),
    rowsRead: record.rowsRead,
    rowsValid: record.rowsValid,
    inserted: record.inserted,
    duplicates: record.duplicates,
    errorCount: record.errorCount,
    errors: importErrors(db, record.id, ERRORS_LISTED),
    failure: record.failure,
    createdAt: new Date(record.createdAt).toISOString(),
    finishedAt: record.finishedAt === null ? null : new Date(record.finishedAt).toISOString(),
  };
}
