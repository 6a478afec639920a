import type { InsightRange } from './insightRange.ts';

/** One survey of one site over a half-open range [from, to), optionally one device class. */
export interface SurveyRange extends InsightRange {
  survey: string;
}
