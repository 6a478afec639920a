import { Hono, type Context } from 'hono';
import type { AppDeps } from '../appContext.ts';
import type { Db } from '../db/openDatabase.ts';
import type { SiteRange } from '../db/queries/ranges/dateRange.ts';
import { camelCase, exportColumns, readExportPage, type ExportCursor, type ExportTable } from '../db/queries/responses/exportRows.ts';
import { csvLine } from '../export/csv.ts';
import { rangeFromQuery } from '../http/params/queryRange.ts';
import { requireSite } from '../http/params/requireSite.ts';

const PAGE = 500;

type Format = 'csv' | 'ndjson';

const CONTENT_TYPE: Record<Format, string> = {
  csv: 'text/csv; charset=utf-8; header=present',
  ndjson: 'application/x-ndjson; charset=utf-8',
};

/**
 * The rows of a range as a stream, a page at a time as the client reads:
 * memory stays flat however many rows there are, and the connection is free for
 * inserts between pages.
 */
function exportStream(db: Db, table: ExportTable, range: SiteRange, format: Format): ReadableStream<Uint8Array> {
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

/** What each export is called in its file name. */
const FILE_PART: Record<ExportTable, string> = { responses: '', survey_answers: '-survey-answers' };

/**
 * `GET /api/sites/:siteKey/export.csv|ndjson?from&to`: every response of the range (default: all).
 * `GET /api/sites/:siteKey/survey-answers.csv|ndjson?from&to`: every answered survey question.
 */
export function exportRoutes({ db, config }: AppDeps) {
  const send = (table: ExportTable, format: Format) => (c: Context) => {
    const site = requireSite(db, c.req.param('siteKey')!);
    const { from, to } = rangeFromQuery(c, config.now(), null);
    const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
    const file = `touchpoint-${site.key}${FILE_PART[table]}-${day(from)}-${day(to)}.${format}`;
    c.header('Content-Type', CONTENT_TYPE[format]);
    c.header('Content-Disposition', `attachment; filename="${file}"`);
    c.header('Cache-Control', 'no-store');
    return c.body(exportStream(db, table, { siteId: site.id, from, to }, format));
  };
  return new Hono()
    .get('/:siteKey/export.csv', send('responses', 'csv'))
    .get('/:siteKey/export.ndjson', send('responses', 'ndjson'))
    .get('/:siteKey/survey-answers.csv', send('survey_answers', 'csv'))
    .get('/:siteKey/survey-answers.ndjson', send('survey_answers', 'ndjson'));
}
