import type { Team } from '../../../../../shared/schemas/teams.ts';
import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';

/** The teams a site saved, in order; empty while it has the defaults. */
export function listTeams(db: Db, siteId: number): Team[] {
  const rows = statement(db, 'SELECT definition FROM teams WHERE site_id = ? ORDER BY position').pluck().all(siteId) as string[];
  return rows.map((definition) => JSON.parse(definition) as Team);
}
