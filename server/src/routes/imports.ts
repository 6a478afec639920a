import { Hono } from 'hono';
import { importPreviewRequestSchema, importStartRequestSchema } from '../../../shared/schemas/importJob.ts';
import type { AppDeps } from '../appContext.ts';
import { findImport, importErrors, STORED_ERRORS_MAX } from '../db/queries/imports/importRecords.ts';
import { csvLine } from '../export/csv.ts';
import { ApiError } from '../http/ApiError.ts';
import { requireSite } from '../http/params/requireSite.ts';
import { readJsonBody } from '../http/readJsonBody.ts';
import { validate } from '../http/validate.ts';
import { chosenMapping } from '../ingest/import/chosenMapping.ts';
import { importJobView } from '../ingest/import/importJobView.ts';
import { previewImport } from '../ingest/import/previewImport.ts';
import { receiveUpload } from '../ingest/import/receiveUpload.ts';
import { startImport } from '../ingest/import/startImport.ts';

/**
 * Imports of CSV and XLSX exports from other tools: upload the file (its body
 * streamed to disk), preview its first rows with a mapping, start the import,
 * poll its progress and report, download its errors.
 */
export function importFileRoutes({ db, config }: AppDeps) {
  const requireImport = (siteKey: string, id: string) => {
    const site = requireSite(db, siteKey);
    const record = findImport(db, site.id, id);
    if (!record) throw new ApiError(404, 'not_found', `No import ${id} on this site.`);
    return { site, record };
  };
  return new Hono()
    .post('/:siteKey/imports', async (c) => {
      const site = requireSite(db, c.req.param('siteKey'));
      const fileName = (c.req.query('name') ?? 'upload').slice(0, 200);
      const record = await receiveUpload(db, { site, body: c.req.raw.body, fileName, now: config.now() });
      return c.json(importJobView(db, record), 201);
    })
    .get('/:siteKey/imports/:id', (c) => {
      const { record } = requireImport(c.req.param('siteKey'), c.req.param('id'));
      return c.json(importJobView(db, record));
    })
    .post('/:siteKey/imports/:id/preview', async (c) => {
      const request = validate(importPreviewRequestSchema, await readJsonBody(c));
      const { site, record } = requireImport(c.req.param('siteKey'), c.req.param('id'));
      const mapping = chosenMapping(db, site.id, request);
      return c.json(await previewImport(db, { site, record, mapping, rows: request.rows, now: config.now() }));
    })
    .post('/:siteKey/imports/:id/start', async (c) => {
      const request = validate(importStartRequestSchema, await readJsonBody(c));
      const { site, record } = requireImport(c.req.param('siteKey'), c.req.param('id'));
      const mapping = chosenMapping(db, site.id, request);
      // Runs on after the answer; its progress and report are in the import's row.
      void startImport(db, { site, record, mapping, mode: request.mode, now: config.now });
      return c.json(importJobView(db, findImport(db, site.id, record.id)!), 202);
    })
    .get('/:siteKey/imports/:id/errors.csv', (c) => {
      const { record } = requireImport(c.req.param('siteKey'), c.req.param('id'));
      const lines = importErrors(db, record.id, STORED_ERRORS_MAX).map((e) => csvLine([e.line, e.code, e.message]));
      c.header('content-disposition', `attachment; filename="import-errors-${record.id}.csv"`);
      return c.body(csvLine(['line', 'code', 'reason']) + lines.join(''), 200, { 'content-type': 'text/csv; charset=utf-8' });
    });
}
