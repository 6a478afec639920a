import { negativeRatings, positiveRatings, ratingsIn, type RatingHistogram } from './ratingScale.ts';
import { netScore } from './netScore.ts';
import { noAnswers, scoreResult, type ScoreResult } from './scoreResult.ts';

/**
 * Net experience: share of positive ratings (4–5) minus share of negative ones
 * (1–2), −1…1; 3 is neutral. A touchpoint where as many people had a bad time as
 * a good one scores 0, whatever its average. Interval: see netScore.
 */
export function netExperienceScore(histogram: Readonly<RatingHistogram>): ScoreResult {
  const n = ratingsIn(histogram);
  if (n === 0) return noAnswers();
  const positive = positiveRatings(histogram);
  const negative = negativeRatings(histogram);
  const { value, low, high } = netScore(positive, n - positive - negative, negative);
  return scoreResult(value, low, high, n);
}
