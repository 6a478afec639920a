import { randomBytes } from 'node:crypto';
import { createWriteStream, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { LIMITS } from '../../../../shared/limits.ts';
import type { Db } from '../../db/openDatabase.ts';
import { findImport, insertImport, type ImportRecord } from '../../db/queries/imports/importRecords.ts';
import type { StoredSite } from '../../db/queries/sites/siteRow.ts';
import { ApiError } from '../../http/ApiError.ts';
import { readHead, readRecords } from './readRecords.ts';
import { sniffFormat } from './sniffFile.ts';

/**
 * An uploaded export, streamed to a file of its own as it arrives (never held
 * in memory), refused past LIMITS.importFile bytes; then sniffed (XLSX or
 * CSV, by its bytes) and its header read for the mapping form. `dir` is where
 * uploads wait for their import (the system's temp folder by default).
 */
export async function receiveUpload(
  db: Db,
  input: { site: StoredSite; body: ReadableStream<Uint8Array> | null; fileName: string; now: number; dir?: string },
): Promise<ImportRecord> {
  if (!input.body) throw new ApiError(400, 'invalid_payload', 'Send the file as the request body.');
  const id = `imp_${randomBytes(12).toString('base64url')}`;
  const filePath = join(input.dir ?? tmpdir(), `touchpoint-${id}`);
  let size = 0;
  let record: Pick<ImportRecord, 'format' | 'columns'>;
  try {
    await pipeline(
      Readable.fromWeb(input.body as import('node:stream/web').ReadableStream),
      new Transform({
        transform(chunk: Buffer, _encoding, done) {
          size += chunk.length;
          if (size > LIMITS.importFile) done(new ApiError(413, 'payload_too_large', `The file is larger than ${LIMITS.importFile / 1024 / 1024} MB.`));
          else done(null, chunk);
        },
      }),
      createWriteStream(filePath, { mode: 0o600 }),
    );
    const format = sniffFormat(readHead(filePath));
    if (!format) throw new ApiError(415, 'unsupported_media_type', 'This is neither a CSV file nor an Excel workbook (.xlsx).');
    const columns = await headerOf(filePath, format);
    // An export has at least a date and a score: one column is a file of something else (or a CSV with an unusual separator).
    if (columns.length < 2) throw new ApiError(400, 'invalid_payload', 'The first row should name the columns (a date, a score, …); this file has fewer than two.');
    record = { format, columns };
  } catch (err) {
    rmSync(filePath, { force: true });
    if (err instanceof ApiError) throw err;
    throw new ApiError(400, 'invalid_payload', `The file could not be read: ${(err as Error).message}`);
  }
  try {
    insertImport(db, { id, siteId: input.site.id, fileName: input.fileName, filePath, size, createdAt: input.now, ...record });
  } catch (err) {
    // A database that cannot write (a full disk) answers 503 as every write does; the file goes.
    rmSync(filePath, { force: true });
    throw err;
  }
  return findImport(db, input.site.id, id)!;
}

async function headerOf(filePath: string, format: ImportRecord['format']): Promise<string[]> {
  const records = readRecords(filePath, format);
  try {
    const first = await records.next();
    return first.done ? [] : first.value.cells.map((cell) => cell.trim());
  } finally {
    await records.return(undefined);
  }
}
