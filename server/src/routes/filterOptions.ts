import { Hono } from 'hono';
import { filterOptionsQuerySchema } from '../../../shared/schemas/filterOptions.ts';
import type { RouteDeps } from '../appContext.ts';
import { jsonText } from '../http/jsonText.ts';
import { requireSite } from '../http/params/requireSite.ts';
import { validate } from '../http/validate.ts';

/** `GET /api/sites/:siteKey/filter-options?from&to`: the pages, languages, channels and attributes the view filters can be set to. */
export function filterOptionRoutes({ db, config, views }: RouteDeps) {
  return new Hono().get('/:siteKey/filter-options', async (c) => {
    const site = requireSite(db, c.req.param('siteKey'));
    const query = validate(filterOptionsQuerySchema, c.req.query());
    return jsonText(c, await views.run('filterOptions', { site, query }, config.now()));
  });
}
