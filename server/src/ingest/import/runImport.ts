import type { ImportMode, ImportRowError } from '../../../../shared/schemas/importJob.ts';
import type { ImportMapping } from '../../../../shared/schemas/importMapping.ts';
import { insertBatch, type BatchRow } from '../../db/insertBatch.ts';
import type { Db } from '../../db/openDatabase.ts';
import {
  finishImport,
  setImportStatus,
  stageBatch,
  stagedRowsAfter,
  type ImportRecord,
  type StagedRow,
} from '../../db/queries/imports/importRecords.ts';
import type { StoredSite } from '../../db/queries/sites/siteRow.ts';
import { write } from '../../db/write.ts';
import { groupCommit } from '../groupCommit.ts';
import { importMappingContext, type MappingContext } from './importMappingContext.ts';
import { mapRecord } from './mapRecord.ts';
import { readRecords } from './readRecords.ts';

/** Rows staged per write while the file is read: one short transaction each, other writes run between them. */
const STAGE_BATCH = 2000;

export interface ImportRun {
  db: Db;
  site: StoredSite;
  record: ImportRecord;
  mapping: ImportMapping;
  mode: ImportMode;
  now: () => number;
  /** Told after each staged batch (the CLI prints it). */
  onProgress?: (progress: { bytesRead: number; size: number; rowsRead: number; errors: number }) => void;
}

/**
 * Reads a whole uploaded file with a mapping and stores its rows: all or
 * none (`all-or-nothing`: one invalid row and nothing is stored), or the
 * valid ones (`valid-only`), with every invalid row reported by line.
 *
 * The file is streamed; its valid rows are staged in `import_staged_rows` a
 * batch at a time, so memory holds one batch, never the file. Once the file
 * is read, the staged rows are stored in ONE transaction, a page of staged
 * rows at a time within it: an import is in the views whole or not at all.
 * Then the consumers of stored rows (comment terms, cases, webhooks) run, as
 * after any ingest. The import's row holds the progress and the report.
 */
export async function runImport(run: ImportRun): Promise<void> {
  // The caller has begun the import (beginImport), before answering: a database that cannot write says so then.
  const { db, record } = run;
  let rowsRead = 0;
  let bytesRead = 0;
  let errorCount = 0;
  let invalidRows = 0;
  let rows: StagedRow[] = [];
  let errors: ImportRowError[] = [];
  const flush = () => {
    stageBatch(db, record.id, { rows, errors, bytesRead, rowsRead });
    errorCount += errors.length;
    rows = [];
    errors = [];
    run.onProgress?.({ bytesRead, size: record.size, rowsRead, errors: errorCount });
  };
  try {
    let context: MappingContext | undefined;
    for await (const fileRecord of readRecords(record.filePath, record.format, (n) => (bytesRead = n))) {
      if (!context) {
        const found = importMappingContext(db, { site: run.site, mapping: run.mapping, header: fileRecord.cells, headerLine: fileRecord.line, now: run.now() });
        if (!found.ok) {
          errors = found.errors;
          flush();
          return finishImport(db, record.id, { status: 'failed', inserted: 0, duplicates: 0, failure: 'The mapping does not fit this file; nothing was imported.', now: run.now() });
        }
        context = found.context;
        continue;
      }
      rowsRead += 1;
      const mapped = mapRecord(context, fileRecord);
      if (mapped.row) rows.push({ line: mapped.line, row: mapped.row });
      else {
        invalidRows += 1;
        errors.push(...mapped.errors);
      }
      if (rows.length + errors.length >= STAGE_BATCH) flush();
    }
    flush();
  } catch (err) {
    // csv-parse names the line it stopped on; otherwise the line after the last record read.
    const line = (err as { lines?: number }).lines ?? rowsRead + 2;
    errors.push({ line, code: 'unreadable_file', message: (err as Error).message });
    flush();
    return finishImport(db, record.id, { status: 'failed', inserted: 0, duplicates: 0, failure: 'The file could not be read to the end; nothing was imported.', now: run.now() });
  }
  if (run.mode === 'all-or-nothing' && errorCount > 0) {
    return finishImport(db, record.id, {
      status: 'failed',
      inserted: 0,
      duplicates: 0,
      failure: `${invalidRows} invalid row(s), ${errorCount} problem(s); nothing was imported (all or nothing).`,
      now: run.now(),
    });
  }
  setImportStatus(db, record.id, 'storing');
  write(db, () => {
    let inserted = 0;
    let valid = 0;
    for (let page = stagedRowsAfter(db, record.id, 0, STAGE_BATCH); page.length > 0; page = stagedRowsAfter(db, record.id, page.at(-1)!.line, STAGE_BATCH)) {
      valid += page.length;
      inserted += insertBatch(db, page.map((staged) => staged.row as BatchRow));
    }
    finishImport(db, record.id, { status: 'done', inserted, duplicates: valid - inserted, failure: null, now: run.now() });
  });
  groupCommit(db).drain();
}
