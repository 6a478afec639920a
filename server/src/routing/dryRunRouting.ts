import type { RoutingDryRunResult, RoutingRules } from '../../../shared/schemas/routingRules.ts';
import type { Db } from '../db/openDatabase.ts';
import { listCaseableFeedback } from '../db/queries/cases/storedFeedback.ts';
import { findCaseSettings } from '../db/queries/teams/caseSettings.ts';
import { listTouchpoints } from '../db/queries/sites/listTouchpoints.ts';
import { needsCase } from '../cases/needsCase.ts';
import { factsOf } from '../cases/siteCaseContext.ts';
import { routeFeedback } from './matchRoutingRule.ts';

const DAY = 86_400_000;
/** Rows a dry run replays at most: a busy site's week, read in well under a second. */
const MAX_ROWS = 100_000;

/**
 * "This rule would have caught 42 cases last week": the cases the site's case
 * settings would have opened from the last `days` of feedback (one per visit,
 * routed by its first complaint, as live), each given to the first rule that
 * matches, by the rules as edited, not yet saved.
 */
export function dryRunRouting(db: Db, siteId: number, routing: RoutingRules, days: number, now: number): RoutingDryRunResult {
  const from = now - days * DAY;
  const settings = findCaseSettings(db, siteId);
  const touchpoints = listTouchpoints(db, siteId);
  const perRule = routing.rules.map(() => 0);
  const perTeam: Record<string, number> = {};
  const seenVisits = new Set<string>();
  let cases = 0;
  let fallback = 0;
  for (const feedback of listCaseableFeedback(db, siteId, from, now, MAX_ROWS)) {
    if (!needsCase(feedback, settings)) continue;
    if (feedback.visitId !== null) {
      if (seenVisits.has(feedback.visitId)) continue;
      seenVisits.add(feedback.visitId);
    }
    const routed = routeFeedback(routing, factsOf(feedback, touchpoints));
    cases++;
    if (routed.rule === null) fallback++;
    else perRule[routed.rule]!++;
    perTeam[routed.team] = (perTeam[routed.team] ?? 0) + 1;
  }
  return { from: new Date(from).toISOString(), to: new Date(now).toISOString(), cases, perRule, fallback, perTeam };
}
