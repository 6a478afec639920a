import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';

/** Marks a team's digest for a local week queued; false when it already was (runs in the write that queues the mail). */
export function claimTeamDigest(db: Db, claim: { siteId: number; team: string; week: string; now: number }): boolean {
  return (
    statement(db, 'INSERT INTO team_digests (site_id, team, week, queued_at) VALUES (@siteId, @team, @week, @now) ON CONFLICT DO NOTHING').run(claim)
      .changes === 1
  );
}

/** The teams whose digest for a local week is already queued: the job builds a site's figures only when one is still due. */
export function digestedTeams(db: Db, siteId: number, week: string): Set<string> {
  return new Set(statement(db, 'SELECT team FROM team_digests WHERE site_id = ? AND week = ?').pluck().all(siteId, week) as string[]);
}
