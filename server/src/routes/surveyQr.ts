import { Hono } from 'hono';
import { surveyQrQuerySchema } from '../../../shared/schemas/hostedSurvey.ts';
import type { AppDeps } from '../appContext.ts';
import { hostedSurveyUrl } from '../../../shared/hostedSurveyUrl.ts';
import { surveyQrSvg } from '../channels/surveyQr.ts';
import { findSurvey } from '../db/queries/surveys/findSurvey.ts';
import { ApiError } from '../http/ApiError.ts';
import { requireSite } from '../http/params/requireSite.ts';
import { publicOrigin } from '../http/publicOrigin.ts';
import { validate } from '../http/validate.ts';

/**
 * `GET /api/sites/:siteKey/surveys/:survey/qr.svg?channel&campaign`: a QR code
 * of the survey's hosted page, for a receipt, a poster or a shop counter.
 * The address is the collector's public one (TOUCHPOINT_PUBLIC_URL, else as
 * the request reached it).
 */
export function surveyQrRoutes({ db, config }: AppDeps) {
  return new Hono().get('/:siteKey/surveys/:survey/qr.svg', async (c) => {
    const site = requireSite(db, c.req.param('siteKey'));
    const survey = findSurvey(db, site.id, c.req.param('survey'));
    if (!survey) throw new ApiError(404, 'not_found', `No survey ${c.req.param('survey')} on this site.`);
    const link = validate(surveyQrQuerySchema, c.req.query());
    const svg = await surveyQrSvg(hostedSurveyUrl(publicOrigin(c, config), site.key, survey.key, link));
    c.header('Cache-Control', 'private, max-age=300');
    if (c.req.query('download') !== undefined) {
      c.header('Content-Disposition', `attachment; filename="${survey.key}-${link.channel}${link.campaign ? `-${link.campaign}` : ''}.svg"`);
    }
    return c.body(svg, 200, { 'Content-Type': 'image/svg+xml' });
  });
}
