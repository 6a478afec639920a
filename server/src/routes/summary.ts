import { Hono } from 'hono';
import { summaryQuerySchema } from '../../../shared/schemas/summary.ts';
import type { RouteDeps } from '../appContext.ts';
import { jsonText } from '../http/jsonText.ts';
import { requireSite } from '../http/params/requireSite.ts';
import { validate } from '../http/validate.ts';

/** `GET /api/sites/:siteKey/summary?…filters`: the numbers behind the overview (insight/buildSummary.ts). */
export function summaryRoutes({ db, config, views }: RouteDeps) {
  return new Hono().get('/:siteKey/summary', async (c) => {
    const site = requireSite(db, c.req.param('siteKey'));
    const query = validate(summaryQuerySchema, c.req.query());
    return jsonText(c, await views.run('summary', { site, query }, config.now()));
  });
}
