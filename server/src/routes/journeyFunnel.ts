import { Hono } from 'hono';
import { funnelQuerySchema } from '../../../shared/schemas/funnel.ts';
import type { RouteDeps } from '../appContext.ts';
import { jsonText } from '../http/jsonText.ts';
import { requireSite } from '../http/params/requireSite.ts';
import { validate } from '../http/validate.ts';

/**
 * `GET /api/sites/:siteKey/journeys/:journey/funnel?…filters`: drop-off per
 * step and what shoppers said stopped them, against the previous period (insight/buildFunnel.ts).
 */
export function journeyFunnelRoutes({ db, config, views }: RouteDeps) {
  return new Hono().get('/:siteKey/journeys/:journey/funnel', async (c) => {
    const site = requireSite(db, c.req.param('siteKey'));
    const query = validate(funnelQuerySchema, c.req.query());
    return jsonText(c, await views.run('funnel', { site, query, journey: c.req.param('journey') }, config.now()));
  });
}
