import { Hono } from 'hono';
import { createSiteSchema, type SiteList } from '../../../shared/schemas/site.ts';
import type { AppDeps } from '../appContext.ts';
import { createSite } from '../db/queries/createSite.ts';
import { listSites } from '../db/queries/listSites.ts';
import type { StoredSite } from '../db/queries/siteRow.ts';
import { readJsonBody } from '../http/readJsonBody.ts';
import { validate } from '../http/validate.ts';

function publicSite({ id: _id, ...site }: StoredSite) {
  return site;
}

/** `/api/sites`: list and add the sites whose pages embed the widget. */
export function siteRoutes({ db, config }: AppDeps) {
  return new Hono()
    .get('/', (c) => c.json({ sites: listSites(db).map(publicSite) } satisfies SiteList))
    .post('/', async (c) => {
      const input = validate(createSiteSchema, await readJsonBody(c));
      return c.json(publicSite(createSite(db, input, config.now())), 201);
    });
}
