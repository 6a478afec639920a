import { Hono } from 'hono';
import { LIMITS } from '../../../shared/limits.ts';
import { hostedInputSchema } from '../../../shared/schemas/hostedSurvey.ts';
import type { Accepted } from '../../../shared/schemas/response.ts';
import { checkHostedLink } from '../channels/hostedLink.ts';
import { storeHostedInput } from '../channels/storeHostedInput.ts';
import { findSiteByKeyCached } from '../db/queries/sites/findSiteByKeyCached.ts';
import { findSurvey } from '../db/queries/surveys/findSurvey.ts';
import { ApiError } from '../http/ApiError.ts';
import { bodyLimitJson } from '../http/bodyLimitJson.ts';
import { deviceFromUserAgent } from '../http/deviceFromUserAgent.ts';
import type { IngestDeps } from '../http/ingestionGuard.ts';
import { publicOrigin } from '../http/publicOrigin.ts';
import { readJsonBody } from '../http/readJsonBody.ts';
import { validate } from '../http/validate.ts';

/**
 * `POST /v1/surveys/:siteKey/:survey/answers`: what a hosted survey page
 * (`GET /s/:siteKey/:survey`) sends, from the collector's own origin. Rate
 * limited and bot-filtered like `POST /v1/responses`; a signed link's token
 * must be for this site and survey (403 otherwise, 410 once expired).
 */
export function hostedAnswerRoutes({ db, config, guard }: IngestDeps) {
  return new Hono().post('/surveys/:siteKey/:survey/answers', bodyLimitJson(LIMITS.collectBody), async (c) => {
    const input = validate(hostedInputSchema, await readJsonBody(c, { allowTextPlain: true }));
    const origin = c.req.header('origin');
    if (origin !== undefined && origin !== publicOrigin(c, config)) {
      throw new ApiError(403, 'origin_not_allowed', `Origin ${origin} is not this collector's: hosted survey answers come from its own pages.`);
    }
    const site = findSiteByKeyCached(db, c.req.param('siteKey'));
    const survey = site && findSurvey(db, site.id, c.req.param('survey'));
    if (!site || survey?.status !== 'live') throw new ApiError(404, 'not_found', 'No live survey at this address.');
    const now = config.now();
    const link = checkHostedLink(db, site.id, survey.key, input, now);
    if (!link.ok) {
      if (link.problem === 'expired') throw new ApiError(410, 'forbidden', 'This survey link has expired.');
      throw new ApiError(link.problem === 'malformed' ? 400 : 403, link.problem === 'malformed' ? 'invalid_payload' : 'forbidden', 'This survey link is not valid for this survey.');
    }
    if (guard.admit(c, site) === 'drop') return c.json({ id: input.id } satisfies Accepted, 202);
    storeHostedInput(db, site, survey, input, link, { device: deviceFromUserAgent(c.req.header('user-agent')), now });
    config.mail?.kick();
    return c.json({ id: input.id } satisfies Accepted, 202);
  });
}
