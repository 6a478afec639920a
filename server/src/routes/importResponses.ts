import { Hono } from 'hono';
import type { AppDeps } from '../appContext.ts';
import { readJsonBody } from '../http/readJsonBody.ts';
import { importResponses } from '../ingest/importResponses.ts';
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
    return c.json(importResponses(db, site, await readJsonBody(c), config.now()), 201);
  });
}
