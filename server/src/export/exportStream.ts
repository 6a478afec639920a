import { localDay } from '../../../shared/time/localDays.ts';
import type { Db } from '../db/openDatabase.ts';
import type { SiteRange } from '../db/queries/ranges/dateRange.ts';
import { camelCase, exportColumns, readExportPage, type ExportCursor, type ExportTable } from '../db/queries/responses/exportRows.ts';
import { csvLine } from './csv.ts';

const PAGE = 500;

export type ExportFormat = 'csv' | 'ndjson';

/**
 * The rows of a range as a stream, a page at a time as the reader asks: memory
 * stays flat however many rows there are, and the connection is free for
 * inserts between pages. The export route and `touchpoint export` both read it.
 */
export function exportStream(db: Db, table: ExportTable, range: SiteRange, format: ExportFormat): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const columns = exportColumns(db, table);
  let cursor: ExportCursor | undefined;
  let started = false;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      let chunk = !started && format === 'csv' ? csvLine(columns.map(camelCase)) : '';
      started = true;
      const page = readExportPage(db, table, columns, range, cursor, PAGE);
      cursor = page.cursor;
      for (const record of page.records) {
        chunk += format === 'csv' ? csvLine(Object.values(record)) : JSON.stringify(record) + '\n';
      }
      if (chunk) controller.enqueue(encoder.encode(chunk));
      if (page.records.length < PAGE) controller.close();
    },
  });
}

/** The file name both the route and the CLI propose: site, table and the range's first and last local days. */
export function exportFileName(
  siteKey: string,
  table: ExportTable,
  range: { from: number; to: number; timeZone: string },
  format: ExportFormat,
): string {
  const day = (ms: number) => localDay(ms, range.timeZone);
  const part = table === 'survey_answers' ? '-survey-answers' : '';
  return `touchpoint-${siteKey}${part}-${day(range.from)}-${day(Math.max(range.from, range.to - 1))}.${format}`;
}
