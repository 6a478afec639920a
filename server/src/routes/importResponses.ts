import { Hono } from 'hono';
import { importRequestSchema, type ImportResult } from '../../../shared/schemas/import.ts';
import type { AppDeps } from '../appContext.ts';
import { insertResponses } from '../db/queries/insertResponse.ts';
import { readJsonBody } from '../http/readJsonBody.ts';
import { validate } from '../http/validate.ts';
import { requireSite } from './requireSite.ts';

/**
 * `POST /api/sites/:siteKey/import`: past responses from other channels (phone,
 * e-mail, store) or a seed. All or nothing: one invalid item rejects the batch.
 */
export function importRoutes({ db }: AppDeps) {
  return new Hono().post('/:siteKey/import', async (c) => {
    const site = requireSite(db, c.req.param('siteKey'));
    const { responses } = validate(importRequestSchema, await readJsonBody(c));
    const now = Date.now();
    const inserted = insertResponses(
      db,
      responses.map((r) => ({
        ...r,
        comment: r.comment?.trim() || undefined,
        siteId: site.id,
        createdAt: Date.parse(r.createdAt),
        receivedAt: now,
      })),
    );
    return c.json({ received: responses.length, inserted } satisfies ImportResult, 201);
  });
}
