import type { ScoreQuestionType } from '../../../../../shared/surveyScales.ts';
import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import { latestAnswers } from './latestAnswers.ts';
import type { SurveyRange } from '../ranges/surveyRange.ts';

const DAY = 86_400_000;

export interface ScoreDayCount {
  question: string;
  type: ScoreQuestionType;
  /** UTC day, YYYY-MM-DD. */
  date: string;
  score: number;
  count: number;
}

const sql = (range: SurveyRange) => `
  WITH latest AS (${latestAnswers(range)})
  SELECT question, question_type AS type, created_at / ${DAY} AS day, score, count(*) AS count
    FROM latest
   WHERE score IS NOT NULL
   GROUP BY question, question_type, day, score
   ORDER BY day`;

/** Answers per score question, UTC day and score; the scores, distributions and series come from these. */
export function getSurveyScoreCounts(db: Db, range: SurveyRange): ScoreDayCount[] {
  const rows = statement(db, sql(range)).all(range) as (Omit<ScoreDayCount, 'date'> & { day: number })[];
  return rows.map(({ day, ...row }) => ({ ...row, date: new Date(day * DAY).toISOString().slice(0, 10) }));
}
