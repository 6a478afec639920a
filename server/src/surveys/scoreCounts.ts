import { SCORE_SCALES, type ScoreQuestionType } from '../../../shared/surveyScales.ts';
import type { ScoreDayCount } from '../db/queries/surveys/getSurveyScoreCounts.ts';

/** Answers per point of the question's scale (index 0 = the scale's minimum), from the rows that `keep` selects. */
export function scoreCounts<Row extends Pick<ScoreDayCount, 'type' | 'score' | 'count'>>(
  type: ScoreQuestionType,
  rows: readonly Row[],
  keep: (row: Row) => boolean = () => true,
): number[] {
  const { min, max } = SCORE_SCALES[type];
  const counts = new Array<number>(max - min + 1).fill(0);
  for (const row of rows) {
    if (row.type === type && keep(row) && row.score >= min && row.score <= max) counts[row.score - min]! += row.count;
  }
  return counts;
}
