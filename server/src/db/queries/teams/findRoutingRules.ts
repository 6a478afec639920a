import type { RoutingRules } from '../../../../../shared/schemas/routingRules.ts';
import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';

/** The routing rules a site saved; undefined while it has the defaults. */
export function findRoutingRules(db: Db, siteId: number): RoutingRules | undefined {
  const row = statement(db, 'SELECT rules, fallback_team AS fallbackTeam FROM routing_rules WHERE site_id = ?').get(siteId) as
    | { rules: string; fallbackTeam: string }
    | undefined;
  return row && { rules: JSON.parse(row.rules) as RoutingRules['rules'], fallbackTeam: row.fallbackTeam };
}
