import type { Db } from '../db/openDatabase.ts';
import { getFunnelSteps } from '../db/queries/journeys/getFunnelSteps.ts';
import { getStepPaths } from '../db/queries/journeys/getStepPaths.ts';
import type { ViewRange } from '../db/queries/ranges/viewRange.ts';
import { stepName, type SiteJourney } from './siteJourneys.ts';

export interface StepAbandonment {
  journey: SiteJourney;
  step: string;
  stepName: string;
  /** The page the step happens on (its most frequent path), where its abandonments are placed. */
  path: string | null;
  /** The funnel's count: visits whose furthest step this was and that did not complete. */
  abandoned: number;
}

/**
 * Abandonments per journey step, by the funnel's own definition
 * (db/queries/journeys/getFunnelSteps.ts), so the journey map, fix first and the
 * abandonment view always agree. Steps nobody abandoned are left out.
 */
export function stepAbandonments(db: Db, range: ViewRange, journeys: readonly SiteJourney[]): StepAbandonment[] {
  return journeys.flatMap((journey) => {
    const journeyRange = { ...range, journey: journey.key };
    const declared = journey.definition?.steps.map((step) => step.key) ?? [];
    const counts = getFunnelSteps(db, journeyRange, declared).filter((row) => row.abandoned > 0);
    if (counts.length === 0) return [];
    const paths = new Map(getStepPaths(db, journeyRange).map((row) => [row.step, row.path]));
    return counts.map((row) => ({
      journey,
      step: row.step,
      stepName: stepName(journey, row.step),
      path: paths.get(row.step) ?? null,
      abandoned: row.abandoned,
    }));
  });
}
