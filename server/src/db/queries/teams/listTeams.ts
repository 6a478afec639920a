import type { Team } from '../../../../../shared/schemas/teams.ts';
import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';

/** The teams a site saved, in order; empty while it has the defaults. The language is its own column (migration 30). */
export function listTeams(db: Db, siteId: number): Team[] {
  const rows = statement(db, 'SELECT definition, lang FROM teams WHERE site_id = ? ORDER BY position').all(siteId) as {
    definition: string;
    lang: Team['lang'];
  }[];
  return rows.map(({ definition, lang }) => ({ ...(JSON.parse(definition) as Omit<Team, 'lang'>), lang }));
}
