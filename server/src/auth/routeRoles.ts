import type { Role } from '../../../shared/roles.ts';

/**
 * The least role each `/api` route needs, by method and path as registered in
 * Hono, on the sites the caller may see (auth/siteAccess.ts: a route under
 * `/api/sites/:siteKey` answers 404 for any other site). viewer: reads (exports too: they are reads); member: triage, journeys,
 * touchpoints, surveys; admin: sites, settings, imports, deletion, the team. A route
 * missing here is admin-only, and server/test/routeRoles.test.ts fails until it
 * is listed, so a new route always gets a deliberate rule.
 */
export const ROUTE_ROLES: Record<string, Role> = {
  'GET /api/sites': 'viewer',
  'POST /api/sites': 'admin',
  'PATCH /api/sites/:siteKey': 'admin',
  'GET /api/sites/:siteKey/summary': 'viewer',
  'GET /api/sites/:siteKey/ingestion': 'viewer',
  'GET /api/sites/:siteKey/export.csv': 'viewer',
  'GET /api/sites/:siteKey/export.ndjson': 'viewer',
  'GET /api/sites/:siteKey/survey-answers.csv': 'viewer',
  'GET /api/sites/:siteKey/survey-answers.ndjson': 'viewer',
  'POST /api/sites/:siteKey/import': 'admin',
  'POST /api/sites/:siteKey/imports': 'admin',
  'GET /api/sites/:siteKey/imports/:id': 'admin',
  'POST /api/sites/:siteKey/imports/:id/preview': 'admin',
  'POST /api/sites/:siteKey/imports/:id/start': 'admin',
  'GET /api/sites/:siteKey/imports/:id/errors.csv': 'admin',
  'GET /api/sites/:siteKey/import-mappings': 'admin',
  'PUT /api/sites/:siteKey/import-mappings/:name': 'admin',
  'DELETE /api/sites/:siteKey/import-mappings/:name': 'admin',
  'DELETE /api/sites/:siteKey/responses/:id': 'admin',
  'DELETE /api/sites/:siteKey/responses': 'admin',

  'GET /api/sites/:siteKey/journeys': 'viewer',
  'PUT /api/sites/:siteKey/journeys/:journey': 'member',
  'DELETE /api/sites/:siteKey/journeys/:journey': 'member',
  'GET /api/sites/:siteKey/journeys/:journey/funnel': 'viewer',

  'GET /api/sites/:siteKey/touchpoints': 'viewer',
  'PUT /api/sites/:siteKey/touchpoints': 'member',
  'GET /api/sites/:siteKey/journey-map': 'viewer',
  'GET /api/sites/:siteKey/fix-first': 'viewer',
  'GET /api/sites/:siteKey/themes': 'viewer',
  'GET /api/sites/:siteKey/comments': 'viewer',
  'GET /api/sites/:siteKey/segments': 'viewer',
  'GET /api/sites/:siteKey/filter-options': 'viewer',
  'GET /api/sites/:siteKey/peak-end': 'viewer',
  'GET /api/sites/:siteKey/channels': 'viewer',
  'PUT /api/sites/:siteKey/comments/:id/tags/:tag': 'member',
  'DELETE /api/sites/:siteKey/comments/:id/tags/:tag': 'member',
  'GET /api/sites/:siteKey/comment-tags': 'viewer',
  'PUT /api/sites/:siteKey/comment-tags': 'member',

  // Members set surveys up (and the site-wide fatigue setting); viewers read results.
  'GET /api/sites/:siteKey/surveys': 'viewer',
  'PUT /api/sites/:siteKey/surveys/:survey': 'member',
  'PATCH /api/sites/:siteKey/surveys/:survey': 'member',
  'DELETE /api/sites/:siteKey/surveys/:survey': 'member',
  'GET /api/sites/:siteKey/surveys/:survey/results': 'viewer',
  'GET /api/sites/:siteKey/surveys/:survey/qr.svg': 'viewer',
  'GET /api/sites/:siteKey/survey-settings': 'viewer',
  'PUT /api/sites/:siteKey/survey-settings': 'member',

  // Destinations carry feedback out of the collector and hold signing secrets: admins only.
  'GET /api/sites/:siteKey/webhooks': 'admin',
  'POST /api/sites/:siteKey/webhooks': 'admin',
  'PATCH /api/sites/:siteKey/webhooks/:id': 'admin',
  'DELETE /api/sites/:siteKey/webhooks/:id': 'admin',
  'POST /api/sites/:siteKey/webhooks/:id/rotate-secret': 'admin',
  'GET /api/sites/:siteKey/webhooks/:id/deliveries': 'admin',
  'POST /api/sites/:siteKey/webhooks/:id/test': 'admin',
  'POST /api/sites/:siteKey/webhooks/:id/replay': 'admin',
  // Close the loop: viewers read cases and the loop; members act on cases; admins set teams, routing and case settings.
  'GET /api/sites/:siteKey/cases': 'viewer',
  'GET /api/sites/:siteKey/cases/:id': 'viewer',
  'PATCH /api/sites/:siteKey/cases/:id': 'member',
  'POST /api/sites/:siteKey/cases/bulk': 'member',
  'POST /api/sites/:siteKey/cases/:id/notes': 'member',
  'POST /api/sites/:siteKey/cases/:id/reply': 'member',
  'POST /api/sites/:siteKey/problems/resolve': 'member',
  'GET /api/sites/:siteKey/assignees': 'viewer',
  'GET /api/sites/:siteKey/teams': 'viewer',
  'PUT /api/sites/:siteKey/teams': 'admin',
  'GET /api/sites/:siteKey/routing-rules': 'viewer',
  'PUT /api/sites/:siteKey/routing-rules': 'admin',
  // A dry run changes nothing; members try rules out before asking an admin to save them.
  'POST /api/sites/:siteKey/routing-rules/dry-run': 'member',
  'GET /api/sites/:siteKey/case-settings': 'viewer',
  'PUT /api/sites/:siteKey/case-settings': 'admin',
  'GET /api/sites/:siteKey/loop': 'viewer',
  'GET /api/sites/:siteKey/sent-mail': 'viewer',
  // E-mail campaigns: viewers follow them; members create, upload lists, send, remind, delete.
  // Viewers see the suppression list as they see the mail log; members change it.
  'GET /api/sites/:siteKey/campaigns': 'viewer',
  'POST /api/sites/:siteKey/campaigns': 'member',
  'GET /api/sites/:siteKey/campaigns/:campaign': 'viewer',
  'DELETE /api/sites/:siteKey/campaigns/:campaign': 'member',
  'POST /api/sites/:siteKey/campaigns/:campaign/recipients': 'member',
  'GET /api/sites/:siteKey/campaigns/:campaign/preview': 'viewer',
  'POST /api/sites/:siteKey/campaigns/:campaign/send': 'member',
  'POST /api/sites/:siteKey/campaigns/:campaign/remind': 'member',
  'GET /api/sites/:siteKey/campaigns/:campaign/log': 'viewer',
  'GET /api/sites/:siteKey/suppressions': 'viewer',
  'POST /api/sites/:siteKey/suppressions': 'member',
  'DELETE /api/sites/:siteKey/suppressions/:email': 'member',

  // Everyone manages their own password and API tokens.
  'GET /api/me': 'viewer',
  'POST /api/me/password': 'viewer',
  'GET /api/me/tokens': 'viewer',
  'POST /api/me/tokens': 'viewer',
  'DELETE /api/me/tokens/:id': 'viewer',

  'GET /api/users': 'admin',
  'POST /api/users': 'admin',
  'PATCH /api/users/:id': 'admin',
  'DELETE /api/users/:id': 'admin',
  'PUT /api/users/:id/sites': 'admin',
  'GET /api/users/:id/tokens': 'admin',
  'DELETE /api/users/:id/tokens/:tokenId': 'admin',
};

/** `/api` routes anyone may read, answered before authentication (see app.ts). */
export const PUBLIC_API_ROUTES: ReadonlySet<string> = new Set(['GET /api/openapi.json']);

/** The role a route needs; admin for a route nobody has classified (fail closed). */
export function roleForRoute(method: string, path: string): Role {
  return ROUTE_ROLES[`${method} ${path}`] ?? 'admin';
}
