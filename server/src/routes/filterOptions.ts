import { Hono } from 'hono';
import { filterOptionsQuerySchema } from '../../../shared/schemas/filterOptions.ts';
import type { AppDeps } from '../appContext.ts';
import { validate } from '../http/validate.ts';
import { buildFilterOptions } from '../insight/buildFilterOptions.ts';
import { viewSpan } from '../insight/viewSpan.ts';
import { requireSite } from '../http/params/requireSite.ts';

/** `GET /api/sites/:siteKey/filter-options?from&to`: the pages, languages, channels and attributes the view filters can be set to. */
export function filterOptionRoutes({ db, config }: AppDeps) {
  return new Hono().get('/:siteKey/filter-options', (c) => {
    const site = requireSite(db, c.req.param('siteKey'));
    const query = validate(filterOptionsQuerySchema, c.req.query());
    const { from, to } = viewSpan(query, config.now());
    return c.json(buildFilterOptions(db, site.key, { siteId: site.id, from, to }));
  });
}
