import type { CaseSettings } from '../../../shared/schemas/caseSettings.ts';
import type { RoutingRules } from '../../../shared/schemas/routingRules.ts';
import type { Team } from '../../../shared/schemas/teams.ts';
import type { Touchpoint } from '../../../shared/schemas/touchpoint.ts';
import { touchpointForPath } from '../../../shared/touchpointForPath.ts';
import type { Db } from '../db/openDatabase.ts';
import { findCaseSettings } from '../db/queries/teams/caseSettings.ts';
import type { StoredFeedback } from '../db/queries/cases/storedFeedback.ts';
import { listTouchpoints } from '../db/queries/sites/listTouchpoints.ts';
import type { FeedbackFacts } from '../routing/feedbackFacts.ts';
import { siteRouting, siteTeams } from '../routing/siteRouting.ts';
import { slaDue } from '../routing/slaClock.ts';

/** What opening a site's cases needs, read once per drain. */
export interface SiteCaseContext {
  settings: CaseSettings;
  teams: Team[];
  routing: RoutingRules;
  touchpoints: Touchpoint[];
}

export function siteCaseContext(db: Db, siteId: number): SiteCaseContext {
  return { settings: findCaseSettings(db, siteId), teams: siteTeams(db, siteId), routing: siteRouting(db, siteId), touchpoints: listTouchpoints(db, siteId) };
}

export function factsOf(feedback: StoredFeedback, touchpoints: readonly Touchpoint[]): FeedbackFacts {
  return {
    kind: feedback.type,
    path: feedback.path,
    touchpoint: touchpointForPath(touchpoints, feedback.path)?.key ?? null,
    reason: feedback.reason,
    reasonCategory: feedback.reasonCategory,
    journey: feedback.journey,
    step: feedback.step,
    score: feedback.rating,
    survey: feedback.survey,
    questionType: feedback.questionType,
    lang: feedback.lang,
    channel: feedback.channel,
    device: feedback.device,
  };
}

/** The first-response and resolution due times of a case of this team opened at `createdAt`. */
export function dueTimes(teams: readonly Team[], teamKey: string, createdAt: number): { firstResponseDueAt: number; dueAt: number } {
  // A team removed since keeps its cases; they run on the slowest clock rather than none.
  const team = teams.find((t) => t.key === teamKey) ?? { firstResponseHours: 24, resolutionHours: 120, businessHours: undefined };
  return {
    firstResponseDueAt: slaDue(createdAt, team.firstResponseHours, team.businessHours),
    dueAt: slaDue(createdAt, team.resolutionHours, team.businessHours),
  };
}
