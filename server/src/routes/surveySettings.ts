import { Hono } from 'hono';
import { surveySettingsSchema, type SurveySettings } from '../../../shared/schemas/surveyAdmin.ts';
import type { AppDeps } from '../appContext.ts';
import { getSurveyCooldown } from '../db/queries/surveys/getSurveyCooldown.ts';
import { setSurveyCooldown } from '../db/queries/surveys/setSurveyCooldown.ts';
import { readJsonBody } from '../http/readJsonBody.ts';
import { validate } from '../http/validate.ts';
import { requireSite } from '../http/params/requireSite.ts';

/**
 * `/api/sites/:siteKey/survey-settings {cooldownDays}`: the site-wide fatigue
 * setting, apart from the privacy settings so whoever manages surveys can set it.
 */
export function surveySettingsRoutes({ db }: AppDeps) {
  return new Hono()
    .get('/:siteKey/survey-settings', (c) => {
      const site = requireSite(db, c.req.param('siteKey'));
      return c.json({ cooldownDays: getSurveyCooldown(db, site.id) } satisfies SurveySettings);
    })
    .put('/:siteKey/survey-settings', async (c) => {
      const site = requireSite(db, c.req.param('siteKey'));
      const settings = validate(surveySettingsSchema, await readJsonBody(c));
      setSurveyCooldown(db, site.id, settings.cooldownDays);
      return c.json({ cooldownDays: getSurveyCooldown(db, site.id) } satisfies SurveySettings);
    });
}
