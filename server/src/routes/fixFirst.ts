import { Hono } from 'hono';
import { fixFirstQuerySchema } from '../../../shared/schemas/insightQuery.ts';
import type { AppDeps } from '../appContext.ts';
import { validate } from '../http/validate.ts';
import { buildFixFirst } from '../insight/buildFixFirst.ts';
import { viewPeriods } from '../insight/viewPeriods.ts';
import { requireSite } from '../http/params/requireSite.ts';

/** `GET /api/sites/:siteKey/fix-first?…filters&kind&limit`: problems, most customers hurt first. */
export function fixFirstRoutes({ db, config }: AppDeps) {
  return new Hono().get('/:siteKey/fix-first', (c) => {
    const site = requireSite(db, c.req.param('siteKey'));
    const query = validate(fixFirstQuerySchema, c.req.query());
    const periods = viewPeriods(db, site.id, query, config.now());
    return c.json(buildFixFirst(db, site, periods, { kind: query.kind ?? null, limit: query.limit }));
  });
}
