import { Hono } from 'hono';
import { importRequestSchema, type ImportResult } from '../../../shared/schemas/import.ts';
import type { AppDeps } from '../appContext.ts';
import { openCasesFromNewFeedback } from '../cases/openCasesFromNewFeedback.ts';
import { insertBatch } from '../db/insertBatch.ts';
import { readJsonBody } from '../http/readJsonBody.ts';
import { validate } from '../http/validate.ts';
import { groupCommit } from '../ingest/groupCommit.ts';
import { importedRows } from '../ingest/importedRows.ts';
import { requireSite } from '../http/params/requireSite.ts';

/**
 * `POST /api/sites/:siteKey/import`: past page ratings, journey step events and
 * "What stopped you?" answers from other channels (phone, e-mail, store) or a
 * seed, stored like live ones. All or nothing: one invalid item rejects the
 * batch; ids already stored are skipped, so a retried batch adds nothing.
 */
export function importRoutes({ db, config }: AppDeps) {
  return new Hono().post('/:siteKey/import', async (c) => {
    const site = requireSite(db, c.req.param('siteKey'));
    const now = config.now();
    const { responses } = validate(importRequestSchema(now), await readJsonBody(c));
    const inserted = insertBatch(db, importedRows(db, site, responses, now));
    // The consumers of stored rows (comment terms, …) run before the answer, so the views show an import at once.
    groupCommit(db).drain();
    // The last fortnight's complaints (phone, store, e-mail) become cases like the widget's.
    openCasesFromNewFeedback(db, now);
    return c.json({ received: responses.length, inserted } satisfies ImportResult, 201);
  });
}
