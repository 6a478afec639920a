import type { Loop } from '../../../shared/schemas/loop.ts';
import type { Db } from '../db/openDatabase.ts';
import { listLoopCases } from '../db/queries/cases/loopCases.ts';
import type { ViewPeriods } from '../insight/viewPeriods.ts';
import { siteTeams } from '../routing/siteRouting.ts';
import { backlogByAge, loopFigures } from './loopFigures.ts';

/** The Loop view: the period's figures, per team, the previous period's, and the backlog by age. */
export function buildLoop(db: Db, siteId: number, periods: ViewPeriods, now: number): Loop {
  const current = listLoopCases(db, { range: periods.current, now });
  const previous = listLoopCases(db, { range: periods.previous, now });
  const teams = siteTeams(db, siteId);
  const teamKeys = [...new Set([...teams.map((t) => t.key), ...current.map((c) => c.team)])];
  return {
    ...loopFigures(current, now),
    from: new Date(periods.current.from).toISOString(),
    to: new Date(periods.current.to).toISOString(),
    previous: loopFigures(previous, now),
    teams: teamKeys.map((key) => ({
      team: key,
      name: teams.find((t) => t.key === key)?.name ?? key,
      ...loopFigures(current.filter((c) => c.team === key), now),
    })),
    backlog: backlogByAge(current, now),
  };
}
