import { Hono } from 'hono';
import { segmentsQuerySchema } from '../../../shared/schemas/segments.ts';
import type { RouteDeps } from '../appContext.ts';
import { jsonText } from '../http/jsonText.ts';
import { requireSite } from '../http/params/requireSite.ts';
import { validate } from '../http/validate.ts';

/** `GET /api/sites/:siteKey/segments?by=device|channel|lang|visitor|touchpoint|attr:<key>&…filters`: a score split by one dimension. */
export function segmentRoutes({ db, config, views }: RouteDeps) {
  return new Hono().get('/:siteKey/segments', async (c) => {
    const site = requireSite(db, c.req.param('siteKey'));
    const query = validate(segmentsQuerySchema, c.req.query());
    return jsonText(c, await views.run('segments', { site, query }, config.now()));
  });
}
