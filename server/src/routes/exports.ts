import { Hono, type Context } from 'hono';
import type { AppDeps } from '../appContext.ts';
import type { ExportTable } from '../db/queries/responses/exportRows.ts';
import { exportFileName, exportStream, type ExportFormat } from '../export/exportStream.ts';
import { rangeFromQuery } from '../http/params/queryRange.ts';
import { requireSite } from '../http/params/requireSite.ts';

const CONTENT_TYPE: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8; header=present',
  ndjson: 'application/x-ndjson; charset=utf-8',
};

/**
 * `GET /api/sites/:siteKey/export.csv|ndjson?from&to`: every response of the range (default: all).
 * `GET /api/sites/:siteKey/survey-answers.csv|ndjson?from&to`: every answered survey question.
 */
export function exportRoutes({ db, config }: AppDeps) {
  const send = (table: ExportTable, format: ExportFormat) => (c: Context) => {
    const site = requireSite(db, c.req.param('siteKey')!);
    const range = rangeFromQuery(c, config.now(), null, site.timeZone);
    c.header('Content-Type', CONTENT_TYPE[format]);
    c.header('Content-Disposition', `attachment; filename="${exportFileName(site.key, table, { ...range, timeZone: site.timeZone }, format)}"`);
    c.header('Cache-Control', 'no-store');
    return c.body(exportStream(db, table, { siteId: site.id, ...range }, format));
  };
  return new Hono()
    .get('/:siteKey/export.csv', send('responses', 'csv'))
    .get('/:siteKey/export.ndjson', send('responses', 'ndjson'))
    .get('/:siteKey/survey-answers.csv', send('survey_answers', 'csv'))
    .get('/:siteKey/survey-answers.ndjson', send('survey_answers', 'ndjson'));
}
