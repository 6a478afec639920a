import { Hono } from 'hono';
import { siteSettingsSchema } from '../../../shared/schemas/siteSettings.ts';
import type { AppDeps } from '../appContext.ts';
import { findSiteByKey } from '../db/queries/sites/findSiteByKey.ts';
import { updateSiteSettings } from '../db/queries/sites/updateSiteSettings.ts';
import { readJsonBody } from '../http/readJsonBody.ts';
import { validate } from '../http/validate.ts';
import { requireSite } from '../http/params/requireSite.ts';

/** `PATCH /api/sites/:siteKey {retentionDays?, allowedQueryParams?, appearance?, timeZone?}`: a site's settings. */
export function siteSettingsRoutes({ db }: AppDeps) {
  return new Hono().patch('/:siteKey', async (c) => {
    const site = requireSite(db, c.req.param('siteKey'));
    const settings = validate(siteSettingsSchema, await readJsonBody(c));
    updateSiteSettings(db, site.id, settings);
    const { id: _id, ...updated } = findSiteByKey(db, site.key)!;
    return c.json(updated);
  });
}
