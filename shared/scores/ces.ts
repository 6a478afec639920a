import { meanScore } from './meanScore.ts';
import type { ScoreResult } from './scoreResult.ts';

/** Counts of customer-effort answers 1 to 7, in that order ("How easy was it…"). */
export type CesHistogram = [number, number, number, number, number, number, number];

/** CES: the mean effort answer, 1–7, with its t interval. */
export function cesScore(histogram: Readonly<CesHistogram>): ScoreResult {
  return meanScore(histogram, 1, 7);
}
