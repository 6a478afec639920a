import { rmSync } from 'node:fs';
import type { ImportMode } from '../../../../shared/schemas/importJob.ts';
import type { ImportMapping } from '../../../../shared/schemas/importMapping.ts';
import type { Db } from '../../db/openDatabase.ts';
import { importLock } from '../../db/queries/imports/failInterruptedImports.ts';
import { beginImport, findImport, finishImport, type ImportRecord } from '../../db/queries/imports/importRecords.ts';
import type { StoredSite } from '../../db/queries/sites/siteRow.ts';
import { aloneOrSkip } from '../../db/shared/aloneOrSkip.ts';
import { ApiError } from '../../http/ApiError.ts';
import { runImport } from './runImport.ts';

/**
 * Starts an uploaded file's import in the background and answers at once;
 * the dashboard polls `GET …/imports/:id` for the progress bar and report.
 * An import that is reading or storing cannot be started again (409); one
 * that failed can, with another mapping or mode. A done import's file is
 * deleted: its rows are stored.
 */
export function startImport(
  db: Db,
  input: { site: StoredSite; record: ImportRecord; mapping: ImportMapping; mode: ImportMode; now: () => number },
): Promise<void> {
  const { record } = input;
  if (record.status === 'reading' || record.status === 'storing') throw new ApiError(409, 'conflict', 'This import is already running.');
  if (record.status === 'done') throw new ApiError(409, 'conflict', 'This file was imported already; upload it again to import it again.');
  // Held until the import ends, so a collector starting beside this one leaves it running (failInterruptedImports).
  const running = aloneOrSkip(db, importLock(record.id), () => {
    // Before the 202: a full disk answers 503 here rather than failing out of sight.
    beginImport(db, record.id, input.mode, input.mapping);
    return runImport({ db, ...input }).then(
      () => {
        if (findImport(db, record.siteId, record.id)?.status === 'done') rmSync(record.filePath, { force: true });
      },
      (err: unknown) => {
        // A write that failed (a full disk) rolled its transaction back: nothing of the import is stored.
        try {
          finishImport(db, record.id, { status: 'failed', inserted: 0, duplicates: 0, failure: `The import stopped: ${(err as Error).message}`, now: input.now() });
        } catch (finishErr) {
          // The disk is still full: the next start fails it (failInterruptedImports).
          console.error('[touchpoint] import failed and could not be marked failed', err, finishErr);
        }
      },
    );
  });
  if (!running) throw new ApiError(409, 'conflict', 'This import is already running.');
  return running;
}
