import type { Team } from '../../../../../shared/schemas/teams.ts';
import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import { write } from '../../write.ts';

/** Replaces a site's teams with these, in this order. */
export function replaceTeams(db: Db, siteId: number, teams: Team[]): void {
  write(db, () => {
    statement(db, 'DELETE FROM teams WHERE site_id = ?').run(siteId);
    const insert = statement(db, 'INSERT INTO teams (site_id, key, definition, lang, position) VALUES (?, ?, ?, ?, ?)');
    teams.forEach(({ lang, ...team }, position) => insert.run(siteId, team.key, JSON.stringify(team), lang, position));
  });
}
