import { Hono } from 'hono';
import { etag } from 'hono/etag';
import type { SiteConfig } from '../../../shared/schemas/siteConfig.ts';
import type { AppDeps } from '../appContext.ts';
import { findSiteByKey } from '../db/queries/sites/findSiteByKey.ts';
import { getSurveyCooldown } from '../db/queries/surveys/getSurveyCooldown.ts';
import { listJourneys } from '../db/queries/journeys/listJourneys.ts';
import { listLiveSurveys } from '../db/queries/surveys/listLiveSurveys.ts';
import { ApiError } from '../http/ApiError.ts';

/**
 * `GET /v1/sites/:siteKey/config`: public, cacheable for a minute, revalidated by
 * ETag (a hash of the body, so it changes whenever a journey or a live survey does).
 */
export function siteConfigRoutes({ db }: AppDeps) {
  return new Hono().get('/sites/:siteKey/config', etag(), (c) => {
    const site = findSiteByKey(db, c.req.param('siteKey'));
    if (!site) throw new ApiError(404, 'unknown_site', `No site with key ${c.req.param('siteKey')}.`);
    const config: SiteConfig = {
      site: site.key,
      name: site.name,
      tab: { enabled: true },
      journeys: listJourneys(db, site.id),
      allowedQueryParams: site.allowedQueryParams,
      appearance: site.appearance,
      surveys: { cooldownDays: getSurveyCooldown(db, site.id), surveys: listLiveSurveys(db, site.id) },
    };
    c.header('Cache-Control', 'public, max-age=60');
    return c.json(config);
  });
}
