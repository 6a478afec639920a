import { Hono } from 'hono';
import { surveyResultsQuerySchema } from '../../../shared/schemas/surveyResults.ts';
import type { RouteDeps } from '../appContext.ts';
import { jsonText } from '../http/jsonText.ts';
import { requireSite } from '../http/params/requireSite.ts';
import { validate } from '../http/validate.ts';

/** `GET /api/sites/:siteKey/surveys/:survey/results?…filters`: one survey's results (surveys/surveyResults.ts). */
export function surveyResultRoutes({ db, config, views }: RouteDeps) {
  return new Hono().get('/:siteKey/surveys/:survey/results', async (c) => {
    const site = requireSite(db, c.req.param('siteKey'));
    const query = validate(surveyResultsQuerySchema, c.req.query());
    return jsonText(c, await views.run('surveyResults', { site, query, survey: c.req.param('survey') }, config.now()));
  });
}
