import { positiveRatings, ratingsIn, type RatingHistogram } from './ratingScale.ts';
import { noAnswers, scoreResult, type ScoreResult } from './scoreResult.ts';
import { wilsonInterval } from './wilsonInterval.ts';

/** CSAT: the share of ratings that are 4 or 5 (0–1), with its Wilson interval. */
export function csatScore(histogram: Readonly<RatingHistogram>): ScoreResult {
  const n = ratingsIn(histogram);
  if (n === 0) return noAnswers();
  const satisfied = positiveRatings(histogram);
  const { low, high } = wilsonInterval(satisfied, n);
  return scoreResult(satisfied / n, low, high, n);
}
