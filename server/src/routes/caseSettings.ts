import { Hono } from 'hono';
import { caseSettingsSchema } from '../../../shared/schemas/caseSettings.ts';
import type { AppDeps } from '../appContext.ts';
import { findCaseSettings, saveCaseSettings } from '../db/queries/teams/caseSettings.ts';
import { readJsonBody } from '../http/readJsonBody.ts';
import { validate } from '../http/validate.ts';
import { requireSite } from '../http/params/requireSite.ts';

/** `GET`/`PUT /api/sites/:siteKey/case-settings`: which feedback becomes a case, and the sender of replies. */
export function caseSettingsRoutes({ db }: AppDeps) {
  return new Hono()
    .get('/:siteKey/case-settings', (c) => c.json(findCaseSettings(db, requireSite(db, c.req.param('siteKey')).id)))
    .put('/:siteKey/case-settings', async (c) => {
      const site = requireSite(db, c.req.param('siteKey'));
      saveCaseSettings(db, site.id, validate(caseSettingsSchema, await readJsonBody(c)));
      return c.json(findCaseSettings(db, site.id));
    });
}
