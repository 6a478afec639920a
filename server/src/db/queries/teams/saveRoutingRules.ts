import type { RoutingRules } from '../../../../../shared/schemas/routingRules.ts';
import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import { write } from '../../write.ts';

export function saveRoutingRules(db: Db, siteId: number, routing: RoutingRules, now: number): void {
  write(db, () =>
    statement(
      db,
      `INSERT INTO routing_rules (site_id, rules, fallback_team, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT(site_id) DO UPDATE SET rules = excluded.rules, fallback_team = excluded.fallback_team, updated_at = excluded.updated_at`,
    ).run(siteId, JSON.stringify(routing.rules), routing.fallbackTeam, now),
  );
}
