import { Hono, type Context } from 'hono';
import { hostedPageQuerySchema, oneClickQuerySchema } from '../../../shared/schemas/hostedSurvey.ts';
import { isOnScale, isScoreQuestionType } from '../../../shared/surveyScales.ts';
import { widgetLanguage } from '../../../shared/widgetLanguage.ts';
import { checkHostedLink } from '../channels/hostedLink.ts';
import { hostedPageHtml, problemPageHtml, type HostedHtml } from '../channels/hostedPage.ts';
import { hostedPageData } from '../channels/hostedPageData.ts';
import { PROBLEM_STATUS, type LinkProblem } from '../channels/hostedPageWords.ts';
import { pageLanguage } from '../channels/pageLanguage.ts';
import { verifyResponseToken } from '../channels/responseToken.ts';
import { storeHostedInput } from '../channels/storeHostedInput.ts';
import { findSiteById } from '../db/queries/sites/findSiteById.ts';
import { findSiteByKey } from '../db/queries/sites/findSiteByKey.ts';
import type { StoredSite } from '../db/queries/sites/siteRow.ts';
import { findSurvey } from '../db/queries/surveys/findSurvey.ts';
import { ApiError } from '../http/ApiError.ts';
import { deviceFromUserAgent } from '../http/deviceFromUserAgent.ts';
import { storageUnavailable } from '../http/storageErrors.ts';
import type { IngestDeps } from '../http/ingestionGuard.ts';
import { readStaticFile } from './staticFile.ts';

/** Pages that may carry a signed token in their address: never cached, never sent on as a referrer. */
function send(c: Context, { html, csp }: HostedHtml, status: 200 | 400 | 403 | 404 | 410 | 429 | 503) {
  c.header('Content-Security-Policy', csp);
  c.header('Cache-Control', 'no-store');
  c.header('Referrer-Policy', 'no-referrer');
  c.header('X-Content-Type-Options', 'nosniff');
  c.header('X-Frame-Options', 'DENY');
  return c.html(html, status);
}

/**
 * Surveys outside the website, public:
 * - `GET /s/:siteKey/:survey`: a live survey's own page (shared links, QR codes, signed links `?t=`),
 *   drawn by the widget's `hosted` chunk; anything else a page that says why, in the browser's language.
 * - `GET /r/:token?score=N`: a one-click score from an e-mail: stores the first question's answer
 *   (a later click replaces it), then 303 to the page for the rest. Bots (a mail scanner that
 *   opens every link) are dropped and the site's rate limit applies, as for the widget's answers.
 */
export function hostedSurveyRoutes({ db, config, guard }: IngestDeps) {
  const problem = (c: Context, lang: string, what: LinkProblem, site?: StoredSite) =>
    send(c, problemPageHtml(widgetLanguage(lang), what, site?.name, site?.appearance), PROBLEM_STATUS[what]);
  const liveSurvey = (site: StoredSite | undefined, key: string) => {
    const survey = site && findSurvey(db, site.id, key);
    return survey?.status === 'live' ? survey : undefined;
  };

  return new Hono()
    .get('/s/:siteKey/:survey', async (c) => {
      const query = hostedPageQuerySchema.safeParse(c.req.query());
      const lang = pageLanguage(query.data?.lang, c.req.header('accept-language'));
      const site = findSiteByKey(db, c.req.param('siteKey'));
      const survey = liveSurvey(site, c.req.param('survey'));
      if (!site || !survey) return problem(c, lang, 'not_found', site);
      if (!query.success) return problem(c, lang, 'malformed', site);
      const link = checkHostedLink(db, site.id, survey.key, query.data, config.now());
      if (!link.ok) return problem(c, lang, link.problem, site);
      const built = await readStaticFile(config.widgetDir, 'hosted.json');
      if (!built) return c.text('The widget is not built. Run npm run build.', 503);
      const { script } = JSON.parse(new TextDecoder().decode(built.body)) as { script: string };
      const data = hostedPageData(db, site, survey, { ...link, token: query.data.t }, lang);
      return send(c, hostedPageHtml(site.name, script, data), 200);
    })
    .get('/r/:token', (c) => {
      const lang = pageLanguage(undefined, c.req.header('accept-language'));
      const token = c.req.param('token');
      const now = config.now();
      const check = verifyResponseToken(db, token, now);
      if (!check.ok) return problem(c, lang, check.reason);
      const site = findSiteById(db, check.payload.site);
      const survey = liveSurvey(site, check.payload.survey);
      if (!site || !survey) return problem(c, lang, 'not_found', site);
      const link = checkHostedLink(db, site.id, survey.key, { channel: 'web', t: token }, now);
      if (!link.ok) return problem(c, lang, link.problem, site);
      const first = survey.questions[0]!;
      const score = oneClickQuerySchema.safeParse(c.req.query());
      if (!score.success || !isScoreQuestionType(first.type) || !isOnScale(first.type, score.data.score)) {
        return problem(c, lang, 'bad_score', site);
      }
      const rest = `/s/${encodeURIComponent(site.key)}/${encodeURIComponent(survey.key)}?t=${token}`;
      try {
        if (guard.admit(c, site) === 'drop') return c.redirect(rest, 303);
        storeHostedInput(
          db,
          site,
          survey,
          { type: 'survey_answer', id: check.answerId, question: first.id, value: score.data.score, path: '/', lang, channel: link.channel },
          link,
          { device: deviceFromUserAgent(c.req.header('user-agent')), now },
        );
      } catch (error) {
        // Not stored (the site's rate limit, or a full or locked disk): a page that says to click again, never JSON.
        const refused = error instanceof ApiError && error.status === 429 ? error : storageUnavailable(error);
        if (!refused) throw error;
        c.header('Retry-After', refused.headers?.['Retry-After']);
        return send(c, problemPageHtml(widgetLanguage(lang), 'busy', site.name, site.appearance), refused.status === 429 ? 429 : 503);
      }
      config.mail?.kick();
      return c.redirect(rest, 303);
    });
}
