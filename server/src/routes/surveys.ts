import { Hono } from 'hono';
import { insightQuerySchema } from '../../../shared/schemas/insightQuery.ts';
import { surveyStatusChangeSchema } from '../../../shared/schemas/surveyAdmin.ts';
import { surveySchema } from '../../../shared/schemas/survey.ts';
import { surveyIssues } from '../../../shared/surveyIssues.ts';
import type { RouteDeps } from '../appContext.ts';
import { deleteSurvey } from '../db/queries/surveys/deleteSurvey.ts';
import { saveSurvey } from '../db/queries/surveys/saveSurvey.ts';
import { setSurveyStatus } from '../db/queries/surveys/setSurveyStatus.ts';
import { ApiError } from '../http/ApiError.ts';
import { jsonText } from '../http/jsonText.ts';
import { readJsonBody } from '../http/readJsonBody.ts';
import { validate } from '../http/validate.ts';
import { requireSite } from '../http/params/requireSite.ts';

/**
 * `/api/sites/:siteKey/surveys`: surveys set up without code. Live ones reach
 * the widget through the public site config (cached for a minute).
 */
export function surveyRoutes({ db, config, views }: RouteDeps) {
  return new Hono()
    .get('/:siteKey/surveys', async (c) => {
      const site = requireSite(db, c.req.param('siteKey'));
      const query = validate(insightQuerySchema, c.req.query());
      return jsonText(c, await views.run('surveyList', { site, query }, config.now()));
    })
    .put('/:siteKey/surveys/:survey', async (c) => {
      const site = requireSite(db, c.req.param('siteKey'));
      const key = c.req.param('survey');
      const survey = validate(surveySchema, await readJsonBody(c));
      if (survey.key !== key) {
        throw new ApiError(400, 'invalid_payload', 'The survey key in the body differs from the one in the URL.', [
          { path: 'key', message: `must be ${key}, as in the URL` },
        ]);
      }
      const issues = surveyIssues(survey);
      if (issues.length > 0) throw new ApiError(400, 'invalid_payload', 'The request does not match the expected shape.', issues);
      const created = saveSurvey(db, site.id, survey, config.now());
      return c.json(survey, created ? 201 : 200);
    })
    .patch('/:siteKey/surveys/:survey', async (c) => {
      const site = requireSite(db, c.req.param('siteKey'));
      const key = c.req.param('survey');
      const { status } = validate(surveyStatusChangeSchema, await readJsonBody(c));
      const survey = setSurveyStatus(db, site.id, key, status, config.now());
      if (!survey) throw new ApiError(404, 'not_found', `No survey ${key} on this site.`);
      return c.json(survey);
    })
    .delete('/:siteKey/surveys/:survey', (c) => {
      const site = requireSite(db, c.req.param('siteKey'));
      const key = c.req.param('survey');
      if (!deleteSurvey(db, site.id, key)) throw new ApiError(404, 'not_found', `No survey ${key} on this site.`);
      return c.body(null, 204);
    });
}
