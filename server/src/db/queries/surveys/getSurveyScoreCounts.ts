import type { ScoreQuestionType } from '../../../../../shared/surveyScales.ts';
import { dateOfDayNumber } from '../../../../../shared/time/localDays.ts';
import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import { latestAnswers } from './latestAnswers.ts';
import { surveyAnswerRowsSql } from './surveyAnswerRows.ts';
import { localDayNumberSql } from '../ranges/localDaySql.ts';
import type { SurveyRange } from '../ranges/surveyRange.ts';

export interface ScoreDayCount {
  question: string;
  type: ScoreQuestionType;
  /** The site's local day, YYYY-MM-DD. */
  date: string;
  score: number;
  count: number;
}

const sql = (range: SurveyRange, day: string) => `
  WITH latest AS (${latestAnswers(range)})
  SELECT question, question_type AS type, ${day} AS day, score, count(*) AS count
    FROM latest
   WHERE score IS NOT NULL
   GROUP BY question, question_type, day, score
   ORDER BY day, question, question_type, score`;
// The same from survey_answer_days' rows of counts (surveyAnswerRows.ts): a key whose answers were all replaced sums to 0.
const fromRows = (rows: string) => `
  SELECT question, question_type AS type, day, score, sum(n) AS count FROM (${rows})
   WHERE score IS NOT NULL
   GROUP BY question, question_type, day, score HAVING sum(n) > 0
   ORDER BY day, question, question_type, score`;

/** Answers per score question, local day of the site and score; the scores, distributions and series come from these. */
export function getSurveyScoreCounts(db: Db, range: SurveyRange): ScoreDayCount[] {
  const rolled = surveyAnswerRowsSql(db, range);
  const day = localDayNumberSql('created_at', range);
  const rows = (rolled ? statement(db, fromRows(rolled.sql)).all(rolled.params) : statement(db, sql(range, day.sql)).all({ ...range, ...day.params })) as (Omit<ScoreDayCount, 'date'> & { day: number })[];
  return rows.map(({ day, ...row }) => ({ ...row, date: dateOfDayNumber(day) }));
}
