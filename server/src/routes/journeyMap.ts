import { Hono } from 'hono';
import { insightQuerySchema } from '../../../shared/schemas/insightQuery.ts';
import type { RouteDeps } from '../appContext.ts';
import { jsonText } from '../http/jsonText.ts';
import { requireSite } from '../http/params/requireSite.ts';
import { validate } from '../http/validate.ts';

/** `GET /api/sites/:siteKey/journey-map?…filters` (shared/schemas/viewFilters.ts): scores per stage and touchpoint against the previous period. */
export function journeyMapRoutes({ db, config, views }: RouteDeps) {
  return new Hono().get('/:siteKey/journey-map', async (c) => {
    const site = requireSite(db, c.req.param('siteKey'));
    const query = validate(insightQuerySchema, c.req.query());
    return jsonText(c, await views.run('journeyMap', { site, query }, config.now()));
  });
}
