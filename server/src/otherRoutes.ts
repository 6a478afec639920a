import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { authenticate } from './auth/authenticate.ts';
import { requireRouteRole } from './auth/requireRouteRole.ts';
import { apiBodyLimit } from './http/apiBodyLimit.ts';
import { apiTokenRoutes } from './routes/apiTokens.ts';
import { authRoutes } from './routes/auth.ts';
import { campaignRoutes } from './routes/campaigns.ts';
import { channelRoutes } from './routes/channels.ts';
import { caseRoutes } from './routes/cases.ts';
import { caseSettingsRoutes } from './routes/caseSettings.ts';
import { dashboardRoutes } from './routes/dashboardPages.ts';
import { deleteResponseRoutes } from './routes/deleteResponses.ts';
import { exportRoutes } from './routes/exports.ts';
import { fixFirstRoutes } from './routes/fixFirst.ts';
import { hostedSurveyRoutes } from './routes/hostedSurveys.ts';
import { commentTagRoutes } from './routes/commentTags.ts';
import { commentTagSetRoutes } from './routes/commentTagSets.ts';
import { peakEndRoutes } from './routes/peakEnd.ts';
import { segmentRoutes } from './routes/segments.ts';
import { filterOptionRoutes } from './routes/filterOptions.ts';
import { themeRoutes } from './routes/themes.ts';
import { importRoutes } from './routes/importResponses.ts';
import { importFileRoutes } from './routes/imports.ts';
import { importMappingRoutes } from './routes/importMappings.ts';
import { ingestionRoutes } from './routes/ingestion.ts';
import { journeyFunnelRoutes } from './routes/journeyFunnel.ts';
import { journeyMapRoutes } from './routes/journeyMap.ts';
import { journeyRoutes } from './routes/journeys.ts';
import { loopRoutes } from './routes/loop.ts';
import { meRoutes } from './routes/me.ts';
import { openApiRoutes } from './routes/openapi.ts';
import { routingRuleRoutes } from './routes/routingRules.ts';
import { sentMailRoutes } from './routes/sentMail.ts';
import { siteSettingsRoutes } from './routes/siteSettings.ts';
import { siteRoutes } from './routes/sites.ts';
import { summaryRoutes } from './routes/summary.ts';
import { suppressionRoutes } from './routes/suppressions.ts';
import { surveyResultRoutes } from './routes/surveyResults.ts';
import { surveyQrRoutes } from './routes/surveyQr.ts';
import { surveyRoutes } from './routes/surveys.ts';
import { surveySettingsRoutes } from './routes/surveySettings.ts';
import { teamRoutes } from './routes/teams.ts';
import { touchpointRoutes } from './routes/touchpoints.ts';
import { userRoutes } from './routes/users.ts';
import { userSiteRoutes } from './routes/userSites.ts';
import { webhookDeliveryRoutes } from './routes/webhookDeliveries.ts';
import { webhookRoutes } from './routes/webhooks.ts';
import { widgetAssetRoutes } from './routes/widgetAssets.ts';
import type { IngestionGuard } from './http/ingestionGuard.ts';
import { notFound, onError } from './http/onError.ts';
import type { RouteDeps } from './appContext.ts';

/**
 * Everything the collector serves beyond the widget's `/v1` API: the API's
 * description, the admin API, sign-in, hosted surveys, the widget's files and
 * the dashboard. createApp loads this module with the first request for one of
 * them, so a starting collector compiles and runs only the ingest path before
 * its first 202 (issue 15: under a second).
 */
export function otherRoutes(deps: RouteDeps, guard: IngestionGuard): Hono {
  const app = new Hono();
  app.onError(onError);
  app.notFound(notFound);

  // The API's description is public; registered before the admin middleware, which it never reaches.
  app.use('/api/openapi.json', secureHeaders());
  app.route('/api', openApiRoutes(deps));

  // Admin API: JSON only; a bearer token (admin or API token) or a dashboard session,
  // then access to the site a route names, then the role auth/routeRoles.ts lists for the route.
  app.use('/api/*', secureHeaders(), apiBodyLimit(), authenticate(deps.db, deps.config.adminToken, deps.config), requireRouteRole(deps.db));
  app.route('/api/me/tokens', apiTokenRoutes(deps));
  app.route('/api/me', meRoutes(deps));
  app.route('/api/users', userRoutes(deps));
  app.route('/api/users', userSiteRoutes(deps));
  app.route('/api/sites', siteRoutes(deps));
  app.route('/api/sites', summaryRoutes(deps));
  app.route('/api/sites', importRoutes(deps));
  app.route('/api/sites', importFileRoutes(deps));
  app.route('/api/sites', importMappingRoutes(deps));
  app.route('/api/sites', journeyRoutes(deps));
  app.route('/api/sites', journeyFunnelRoutes(deps));
  app.route('/api/sites', siteSettingsRoutes(deps));
  app.route('/api/sites', ingestionRoutes(deps));
  app.route('/api/sites', exportRoutes(deps));
  app.route('/api/sites', deleteResponseRoutes(deps));
  app.route('/api/sites', touchpointRoutes(deps));
  app.route('/api/sites', journeyMapRoutes(deps));
  app.route('/api/sites', fixFirstRoutes(deps));
  app.route('/api/sites', surveyRoutes(deps));
  app.route('/api/sites', surveyResultRoutes(deps));
  app.route('/api/sites', surveyQrRoutes(deps));
  app.route('/api/sites', surveySettingsRoutes(deps));
  app.route('/api/sites', themeRoutes(deps));
  app.route('/api/sites', segmentRoutes(deps));
  app.route('/api/sites', filterOptionRoutes(deps));
  app.route('/api/sites', peakEndRoutes(deps));
  app.route('/api/sites', channelRoutes(deps));
  app.route('/api/sites', commentTagRoutes(deps));
  app.route('/api/sites', commentTagSetRoutes(deps));
  app.route('/api/sites', webhookRoutes(deps));
  app.route('/api/sites', webhookDeliveryRoutes(deps));
  app.route('/api/sites', caseRoutes(deps));
  app.route('/api/sites', teamRoutes(deps));
  app.route('/api/sites', routingRuleRoutes(deps));
  app.route('/api/sites', caseSettingsRoutes(deps));
  app.route('/api/sites', loopRoutes(deps));
  app.route('/api/sites', sentMailRoutes(deps));
  app.route('/api/sites', campaignRoutes(deps));
  app.route('/api/sites', suppressionRoutes(deps));

  app.use('/auth/*', secureHeaders());
  app.route('/auth', authRoutes(deps));

  // Surveys outside the website: their own pages and one-click score links (public).
  app.route('/', hostedSurveyRoutes({ ...deps, guard }));
  app.route('/', widgetAssetRoutes(deps));
  app.route('/', dashboardRoutes(deps));
  return app;
}
