import { Hono } from 'hono';
import { peakEndQuerySchema } from '../../../shared/schemas/peakEnd.ts';
import type { AppDeps } from '../appContext.ts';
import { validate } from '../http/validate.ts';
import { buildPeakEnd } from '../insight/buildPeakEnd.ts';
import { viewPeriods } from '../insight/viewPeriods.ts';
import { requireSite } from '../http/params/requireSite.ts';

/** `GET /api/sites/:siteKey/peak-end?…filters`: peak and end of visits against their mean, and the end by stage. */
export function peakEndRoutes({ db, config }: AppDeps) {
  return new Hono().get('/:siteKey/peak-end', (c) => {
    const site = requireSite(db, c.req.param('siteKey'));
    const query = validate(peakEndQuerySchema, c.req.query());
    return c.json(buildPeakEnd(db, site.key, viewPeriods(db, site.id, query, config.now())));
  });
}
