import { DEFAULT_ROUTING, DEFAULT_TEAMS } from '../../../shared/defaultRouting.ts';
import type { RoutingRules } from '../../../shared/schemas/routingRules.ts';
import type { Team } from '../../../shared/schemas/teams.ts';
import type { Db } from '../db/openDatabase.ts';
import { findRoutingRules } from '../db/queries/teams/findRoutingRules.ts';
import { listTeams } from '../db/queries/teams/listTeams.ts';

/** A site's teams: its own once saved, the defaults until then (existing sites included). */
export function siteTeams(db: Db, siteId: number): Team[] {
  const teams = listTeams(db, siteId);
  return teams.length ? teams : DEFAULT_TEAMS;
}

/** A site's routing rules: its own once saved, the defaults until then. */
export function siteRouting(db: Db, siteId: number): RoutingRules {
  return findRoutingRules(db, siteId) ?? DEFAULT_ROUTING;
}
