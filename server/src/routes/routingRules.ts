import { Hono } from 'hono';
import { routingDryRunSchema, routingRulesSchema, type RoutingRules } from '../../../shared/schemas/routingRules.ts';
import type { AppDeps } from '../appContext.ts';
import type { Db } from '../db/openDatabase.ts';
import { saveRoutingRules } from '../db/queries/teams/saveRoutingRules.ts';
import { ApiError } from '../http/ApiError.ts';
import { readJsonBody } from '../http/readJsonBody.ts';
import { validate } from '../http/validate.ts';
import { dryRunRouting } from '../routing/dryRunRouting.ts';
import { siteRouting, siteTeams } from '../routing/siteRouting.ts';
import { requireSite } from '../http/params/requireSite.ts';

/** Every team a rule names exists: 400 pointing at the first that does not. */
function checkTeams(db: Db, siteId: number, routing: RoutingRules): void {
  const keys = new Set(siteTeams(db, siteId).map((t) => t.key));
  const index = routing.rules.findIndex((rule) => !keys.has(rule.team));
  if (index >= 0) {
    throw new ApiError(400, 'invalid_payload', `No team with key ${routing.rules[index]!.team}.`, [
      { path: `rules.${index}.team`, message: 'not one of the site’s teams' },
    ]);
  }
  if (!keys.has(routing.fallbackTeam)) {
    throw new ApiError(400, 'invalid_payload', `No team with key ${routing.fallbackTeam}.`, [{ path: 'fallbackTeam', message: 'not one of the site’s teams' }]);
  }
}

/**
 * `GET`/`PUT /api/sites/:siteKey/routing-rules` (first match wins, then the fallback team);
 * `POST …/routing-rules/dry-run`: what the rules as edited would have done with the last days' feedback.
 */
export function routingRuleRoutes({ db, config }: AppDeps) {
  return new Hono()
    .get('/:siteKey/routing-rules', (c) => {
      const site = requireSite(db, c.req.param('siteKey'));
      return c.json(siteRouting(db, site.id));
    })
    .put('/:siteKey/routing-rules', async (c) => {
      const site = requireSite(db, c.req.param('siteKey'));
      const routing = validate(routingRulesSchema, await readJsonBody(c));
      checkTeams(db, site.id, routing);
      saveRoutingRules(db, site.id, routing, config.now());
      return c.json(siteRouting(db, site.id));
    })
    .post('/:siteKey/routing-rules/dry-run', async (c) => {
      const site = requireSite(db, c.req.param('siteKey'));
      const { days, ...routing } = validate(routingDryRunSchema, await readJsonBody(c));
      return c.json(dryRunRouting(db, site.id, routing, days, config.now()));
    });
}
