import { Hono } from 'hono';
import { createSiteSchema, type SiteList } from '../../../shared/schemas/site.ts';
import type { AppDeps } from '../appContext.ts';
import { principalOf } from '../auth/principal.ts';
import { visibleSites } from '../auth/siteAccess.ts';
import { createSite } from '../db/queries/sites/createSite.ts';
import type { StoredSite } from '../db/queries/sites/siteRow.ts';
import { readJsonBody } from '../http/readJsonBody.ts';
import { validate } from '../http/validate.ts';

function publicSite({ id: _id, ...site }: StoredSite) {
  return site;
}

/**
 * `/api/sites`: list the sites whose pages embed the widget (admins all of them,
 * others the ones they were given) and add one (admins, who see every site, so
 * a new site needs no grant).
 */
export function siteRoutes({ db, config }: AppDeps) {
  return new Hono()
    .get('/', (c) => c.json({ sites: visibleSites(db, principalOf(c)).map(publicSite) } satisfies SiteList))
    .post('/', async (c) => {
      const input = validate(createSiteSchema, await readJsonBody(c));
      return c.json(publicSite(createSite(db, input, config.now())), 201);
    });
}
