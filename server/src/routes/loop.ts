import { Hono } from 'hono';
import { insightQuerySchema } from '../../../shared/schemas/insightQuery.ts';
import type { AppDeps } from '../appContext.ts';
import { buildLoop } from '../cases/buildLoop.ts';
import { validate } from '../http/validate.ts';
import { viewPeriods } from '../insight/viewPeriods.ts';
import { requireSite } from '../http/params/requireSite.ts';

/** `GET /api/sites/:siteKey/loop?…filters`: close-the-loop rate, response and resolution times, against the previous period. */
export function loopRoutes({ db, config }: AppDeps) {
  return new Hono().get('/:siteKey/loop', (c) => {
    const site = requireSite(db, c.req.param('siteKey'));
    const query = validate(insightQuerySchema, c.req.query());
    const now = config.now();
    return c.json(buildLoop(db, site.id, viewPeriods(db, site, query, now), now));
  });
}
