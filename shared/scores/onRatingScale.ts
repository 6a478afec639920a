import { SCORE_SCALES, type ScoreQuestionType } from '../surveyScales.ts';

/**
 * A survey score on the 1–5 page-rating scale, by a straight line from the
 * question's own scale: CSAT stays as it is, CES 1–7 becomes 1, 1.67, … 5 (7, the
 * easiest, is 5), NPS 0–10 becomes 1, 1.4, … 5. The peak–end rollup's SQL
 * (db/migrations/010-peakEndRollup.ts) does the same arithmetic in the same order.
 */
export function onRatingScale(type: ScoreQuestionType, score: number): number {
  const { min, max } = SCORE_SCALES[type];
  return 1 + ((score - min) * 4) / (max - min);
}
