import { Hono } from 'hono';
import { insightQuerySchema } from '../../../shared/schemas/insightQuery.ts';
import type { AppDeps } from '../appContext.ts';
import { validate } from '../http/validate.ts';
import { buildJourneyMap } from '../insight/buildJourneyMap.ts';
import { viewPeriods } from '../insight/viewPeriods.ts';
import { requireSite } from '../http/params/requireSite.ts';

/** `GET /api/sites/:siteKey/journey-map?…filters` (shared/schemas/viewFilters.ts): scores per stage and touchpoint against the previous period. */
export function journeyMapRoutes({ db, config }: AppDeps) {
  return new Hono().get('/:siteKey/journey-map', (c) => {
    const site = requireSite(db, c.req.param('siteKey'));
    const query = validate(insightQuerySchema, c.req.query());
    return c.json(buildJourneyMap(db, site, viewPeriods(db, site.id, query, config.now())));
  });
}
