import { Hono } from 'hono';
import { peakEndQuerySchema } from '../../../shared/schemas/peakEnd.ts';
import type { RouteDeps } from '../appContext.ts';
import { jsonText } from '../http/jsonText.ts';
import { requireSite } from '../http/params/requireSite.ts';
import { validate } from '../http/validate.ts';

/** `GET /api/sites/:siteKey/peak-end?…filters`: peak and end of visits against their mean, and the end by stage. */
export function peakEndRoutes({ db, config, views }: RouteDeps) {
  return new Hono().get('/:siteKey/peak-end', async (c) => {
    const site = requireSite(db, c.req.param('siteKey'));
    const query = validate(peakEndQuerySchema, c.req.query());
    return jsonText(c, await views.run('peakEnd', { site, query }, config.now()));
  });
}
