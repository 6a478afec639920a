import type { ViewRange } from './viewRange.ts';

/** One journey of one site over a view's range and filters. */
export interface JourneyRange extends ViewRange {
  journey: string;
}
