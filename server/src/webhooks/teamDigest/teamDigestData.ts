import { caseListQuerySchema, OPEN_STATUSES, type CaseStatus } from '../../../../shared/schemas/cases.ts';
import type { Problem } from '../../../../shared/schemas/fixFirst.ts';
import type { ExperienceChange, ExperienceScores } from '../../../../shared/schemas/journeyMap.ts';
import type { LoopFigures } from '../../../../shared/schemas/loop.ts';
import type { Team } from '../../../../shared/schemas/teams.ts';
import { buildCaseList } from '../../cases/caseViews.ts';
import { loopFigures } from '../../cases/loopFigures.ts';
import type { Db } from '../../db/openDatabase.ts';
import { listLoopCases } from '../../db/queries/cases/loopCases.ts';
import type { StoredSite } from '../../db/queries/sites/siteRow.ts';
import { viewPeriods } from '../../insight/viewPeriods.ts';
import { problemTeam } from '../alertMail.ts';
import { weeklyFigures } from '../weeklyDigest.ts';
import type { DigestWeek } from './digestWeek.ts';

/** Oldest open cases listed, problems listed, at most. */
const OLDEST = 5;
const PROBLEMS = 10;

/** What every team of a site shares: the week's scores against the week before and every flagged problem. */
export interface SiteWeek {
  site: StoredSite;
  timeZone: string;
  week: DigestWeek;
  current: ExperienceScores;
  previous: ExperienceScores;
  change: ExperienceChange;
  flagged: Problem[];
}

export interface DigestCase {
  id: number;
  status: CaseStatus;
  createdAt: number;
  overdue: boolean;
  /** The first thing the shopper wrote, if anything. */
  comment: string | null;
}

export interface TeamDigest extends SiteWeek {
  team: Team;
  /** Open cases now, and how many of them are overdue: as the inbox counts them with the team and open statuses. */
  open: number;
  overdue: number;
  oldest: DigestCase[];
  /** Flagged problems whose complaints the routing rules send to the team. */
  problems: Problem[];
  /** The Loop page's figures for the team's cases opened in the week, and of those closed, how many had the shopper told. */
  loop: LoopFigures & { closed: number; toldClosed: number; loopRate: number | null };
}

export function siteWeek(db: Db, site: StoredSite, timeZone: string, week: DigestWeek): SiteWeek {
  return { site, timeZone, week, ...weeklyFigures(db, site, week.from, week.to) };
}

// The inbox's own query (GET …/cases?team&status&sort=oldest), so the digest's counts are the ones a member sees there.
function openCases(db: Db, site: StoredSite, team: string, now: number, overdue: boolean) {
  const query = caseListQuerySchema.parse({ team, status: OPEN_STATUSES.join(','), sort: 'oldest', limit: OLDEST, ...(overdue ? { overdue: 'true' } : {}) });
  return buildCaseList(db, site.id, query, now);
}

function teamLoop(db: Db, shared: SiteWeek, team: string, now: number): TeamDigest['loop'] {
  const range = viewPeriods(db, shared.site.id, { from: new Date(shared.week.from).toISOString(), to: new Date(shared.week.to).toISOString() }, now).current;
  const cases = listLoopCases(db, { range, now, team });
  const closed = cases.filter((c) => !OPEN_STATUSES.includes(c.status) && c.resolvedAt !== null);
  const toldClosed = closed.filter((c) => c.customerToldAt !== null).length;
  return { ...loopFigures(cases, now), closed: closed.length, toldClosed, loopRate: closed.length ? toldClosed / closed.length : null };
}

/** One team's digest: its backlog now, its share of the week's flagged problems, the site's scores, its loop. */
export function teamDigestData(db: Db, shared: SiteWeek, team: Team, now: number): TeamDigest {
  const open = openCases(db, shared.site, team.key, now, false);
  return {
    ...shared,
    team,
    open: open.total,
    overdue: openCases(db, shared.site, team.key, now, true).total,
    oldest: open.cases.map((c) => ({
      id: c.id,
      status: c.status,
      createdAt: Date.parse(c.createdAt),
      overdue: c.overdue,
      comment: c.feedback.find((f) => f.comment)?.comment ?? null,
    })),
    problems: shared.flagged.filter((p) => problemTeam(db, shared.site, p) === team.key).slice(0, PROBLEMS),
    loop: teamLoop(db, shared, team.key, now),
  };
}
