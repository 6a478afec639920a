import type { RatingHistogram } from './ratingScale.ts';
import { meanScore } from './meanScore.ts';
import type { ScoreResult } from './scoreResult.ts';

/** The mean 1–5 rating with its t interval. */
export function averageRatingScore(histogram: Readonly<RatingHistogram>): ScoreResult {
  return meanScore(histogram, 1, 5);
}
