import { randomBytes } from 'node:crypto';
import { statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { ImportMode } from '../../../shared/schemas/importJob.ts';
import type { Db } from '../db/openDatabase.ts';
import { findImportMapping } from '../db/queries/imports/importMappings.ts';
import { beginImport, findImport, importErrors, insertImport } from '../db/queries/imports/importRecords.ts';
import type { StoredSite } from '../db/queries/sites/siteRow.ts';
import { readHead } from '../ingest/import/readRecords.ts';
import { runImport } from '../ingest/import/runImport.ts';
import { sniffFormat } from '../ingest/import/sniffFile.ts';
import { CliError, type CliIo } from './cliIo.ts';

/** Errors printed after a run; the dashboard and errors.csv have the rest. */
const ERRORS_PRINTED = 50;

/**
 * `touchpoint import FILE --mapping NAME`: a CSV or XLSX export read with a
 * mapping the site saved, by the same runner as the dashboard's import (the
 * file streamed from where it is, rows stored in one transaction), with the
 * progress on stderr and the report on stdout.
 */
export async function importWithMapping(
  db: Db,
  io: CliIo,
  input: { site: StoredSite; file: string; mappingName: string; mode: ImportMode },
): Promise<void> {
  const saved = findImportMapping(db, input.site.id, input.mappingName);
  if (!saved) throw new CliError(`${input.site.key} has no saved mapping named "${input.mappingName}" (save one on the dashboard's Import page).`);
  const filePath = resolve(input.file);
  const format = sniffFormat(readHead(filePath));
  if (!format) throw new CliError(`${input.file} is neither a CSV file nor an Excel workbook (.xlsx).`);
  const id = `imp_${randomBytes(12).toString('base64url')}`;
  insertImport(db, { id, siteId: input.site.id, fileName: basename(filePath), filePath, format, size: statSync(filePath).size, columns: [], createdAt: io.now() });
  beginImport(db, id, input.mode, saved.mapping);
  let shown = -1;
  await runImport({
    db,
    site: input.site,
    record: findImport(db, input.site.id, id)!,
    mapping: saved.mapping,
    mode: input.mode,
    now: io.now,
    onProgress: ({ bytesRead, size, rowsRead, errors }) => {
      const percent = size === 0 ? 100 : Math.floor((100 * bytesRead) / size);
      if (percent === shown) return;
      shown = percent;
      io.err(`${percent}% read: ${rowsRead} rows, ${errors} invalid`);
    },
  });
  const done = findImport(db, input.site.id, id)!;
  for (const error of importErrors(db, id, ERRORS_PRINTED)) io.err(`line ${error.line}: ${error.code}: ${error.message}`);
  if (done.errorCount > ERRORS_PRINTED) io.err(`… and ${done.errorCount - ERRORS_PRINTED} more problems.`);
  if (done.status === 'failed') throw new CliError(`${input.file}: ${done.failure}`);
  io.out(
    `Imported ${done.inserted} of ${done.rowsRead} rows into ${input.site.name} (${input.site.key}); ${done.duplicates} were already stored, ${done.rowsRead - done.rowsValid} invalid.`,
  );
}
