import { Hono } from 'hono';
import { fixFirstQuerySchema } from '../../../shared/schemas/insightQuery.ts';
import type { RouteDeps } from '../appContext.ts';
import { jsonText } from '../http/jsonText.ts';
import { requireSite } from '../http/params/requireSite.ts';
import { validate } from '../http/validate.ts';

/** `GET /api/sites/:siteKey/fix-first?…filters&kind&limit`: problems, most customers hurt first. */
export function fixFirstRoutes({ db, config, views }: RouteDeps) {
  return new Hono().get('/:siteKey/fix-first', async (c) => {
    const site = requireSite(db, c.req.param('siteKey'));
    const query = validate(fixFirstQuerySchema, c.req.query());
    return jsonText(c, await views.run('fixFirst', { site, query }, config.now()));
  });
}
