import { Hono } from 'hono';
import { teamsSchema } from '../../../shared/schemas/teams.ts';
import type { AppDeps } from '../appContext.ts';
import { replaceTeams } from '../db/queries/teams/replaceTeams.ts';
import { ApiError } from '../http/ApiError.ts';
import { readJsonBody } from '../http/readJsonBody.ts';
import { validate } from '../http/validate.ts';
import { siteRouting, siteTeams } from '../routing/siteRouting.ts';
import { requireSite } from '../http/params/requireSite.ts';

/**
 * `GET /api/sites/:siteKey/teams`: the site's teams (the defaults until it saves its own, `custom` false).
 * `PUT` replaces them; a team the routing rules still send cases to cannot be removed (409).
 */
export function teamRoutes({ db }: AppDeps) {
  return new Hono()
    .get('/:siteKey/teams', (c) => {
      const site = requireSite(db, c.req.param('siteKey'));
      return c.json({ teams: siteTeams(db, site.id) });
    })
    .put('/:siteKey/teams', async (c) => {
      const site = requireSite(db, c.req.param('siteKey'));
      const { teams } = validate(teamsSchema, await readJsonBody(c));
      const keys = new Set(teams.map((t) => t.key));
      const routing = siteRouting(db, site.id);
      const used = [routing.fallbackTeam, ...routing.rules.map((r) => r.team)].filter((key) => !keys.has(key));
      if (used.length) {
        throw new ApiError(409, 'conflict', `The routing rules still send cases to ${[...new Set(used)].join(', ')}: change the rules first.`);
      }
      replaceTeams(db, site.id, teams);
      return c.json({ teams: siteTeams(db, site.id) });
    });
}
