import type { ImportPreview } from '../../../../shared/schemas/importJob.ts';
import type { ImportMapping } from '../../../../shared/schemas/importMapping.ts';
import type { Db } from '../../db/openDatabase.ts';
import type { ImportRecord } from '../../db/queries/imports/importRecords.ts';
import type { StoredSite } from '../../db/queries/sites/siteRow.ts';
import { importMappingContext } from './importMappingContext.ts';
import { mapRecord, previewOf } from './mapRecord.ts';
import { readRecords } from './readRecords.ts';

/**
 * The first `rows` records of an uploaded file as they would be stored with
 * `mapping`, each with its errors: what the dashboard shows while the columns
 * are mapped. Reads only as far as it needs, then stops the stream.
 */
export async function previewImport(
  db: Db,
  input: { site: StoredSite; record: ImportRecord; mapping: ImportMapping; rows: number; now: number },
): Promise<ImportPreview> {
  const records = readRecords(input.record.filePath, input.record.format);
  const preview: ImportPreview = { columns: input.record.columns, rows: [], fileErrors: [] };
  try {
    const first = await records.next();
    if (first.done) return preview;
    const found = importMappingContext(db, { site: input.site, mapping: input.mapping, header: first.value.cells, headerLine: first.value.line, now: input.now });
    if (!found.ok) return { ...preview, fileErrors: found.errors };
    for await (const record of records) {
      preview.rows.push(previewOf(mapRecord(found.context, record)));
      if (preview.rows.length >= input.rows) break;
    }
    return preview;
  } finally {
    await records.return(undefined);
  }
}
