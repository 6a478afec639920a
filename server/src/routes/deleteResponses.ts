import { Hono } from 'hono';
import { z } from 'zod';
import type { Deleted } from '../../../shared/schemas/deletion.ts';
import { responseIdSchema } from '../../../shared/schemas/response.ts';
import type { AppDeps } from '../appContext.ts';
import { deleteResponse, deleteVisitorData } from '../db/queries/responses/deleteResponses.ts';
import { ApiError } from '../http/ApiError.ts';
import { validate } from '../http/validate.ts';
import { requireSite } from '../http/params/requireSite.ts';

/**
 * `DELETE /api/sites/:siteKey/responses/:id`: one response (a shopper asked).
 * `DELETE /api/sites/:siteKey/responses?confirm=SITE_KEY`: everything visitors
 * sent to the site (responses and journey events); the site and its settings stay.
 */
export function deleteResponseRoutes({ db }: AppDeps) {
  return new Hono()
    .delete('/:siteKey/responses/:id', (c) => {
      const site = requireSite(db, c.req.param('siteKey'));
      const id = validate(responseIdSchema, c.req.param('id'));
      if (!deleteResponse(db, site.id, id)) throw new ApiError(404, 'not_found', `No response ${id} for this site.`);
      return c.json({ deleted: 1 } satisfies Deleted);
    })
    .delete('/:siteKey/responses', async (c) => {
      const site = requireSite(db, c.req.param('siteKey'));
      validate(
        z.object({ confirm: z.literal(site.key, { message: 'repeat the site key as ?confirm= to delete all its data' }) }),
        c.req.query(),
      );
      const deleted = await deleteVisitorData(db, site.id, Number.MAX_SAFE_INTEGER);
      return c.json({ deleted } satisfies Deleted);
    });
}
