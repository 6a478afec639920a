import { matchesAny } from '../../../shared/matchUrlRule.ts';
import type { Journey } from '../../../shared/schemas/journey.ts';

/** What a page is for a journey: one of its steps, or (no step) its completion. */
export interface JourneyMark {
  journey: string;
  step?: string;
}

/**
 * What a path means for a journey by the site config's URL rules. Completion is
 * checked first: a thank-you page under a step's prefix completes the journey.
 */
export function markForPath(journey: Journey, path: string): JourneyMark | undefined {
  if (matchesAny(journey.completeMatch, path)) return { journey: journey.key };
  const step = journey.steps.find((s) => matchesAny(s.match, path));
  return step && { journey: journey.key, step: step.key };
}

/** Every journey step or completion a page path is, by URL rules. */
export function marksForPath(journeys: readonly Journey[], path: string): JourneyMark[] {
  return journeys.map((journey) => markForPath(journey, path)).filter((mark) => !!mark);
}
