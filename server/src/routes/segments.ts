import { Hono } from 'hono';
import { segmentsQuerySchema } from '../../../shared/schemas/segments.ts';
import type { AppDeps } from '../appContext.ts';
import { validate } from '../http/validate.ts';
import { buildSegments } from '../insight/buildSegments.ts';
import { viewPeriods } from '../insight/viewPeriods.ts';
import { requireSite } from '../http/params/requireSite.ts';

/** `GET /api/sites/:siteKey/segments?by=device|channel|lang|visitor|touchpoint|attr:<key>&…filters`: a score split by one dimension. */
export function segmentRoutes({ db, config }: AppDeps) {
  return new Hono().get('/:siteKey/segments', (c) => {
    const site = requireSite(db, c.req.param('siteKey'));
    const query = validate(segmentsQuerySchema, c.req.query());
    return c.json(buildSegments(db, site.key, viewPeriods(db, site.id, query, config.now()), query.by));
  });
}
