import type { ViewRange } from './viewRange.ts';

/** One survey of one site over a view's range and filters. */
export interface SurveyRange extends ViewRange {
  survey: string;
}
