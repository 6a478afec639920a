import type { Question } from '../../../../../shared/schemas/survey.ts';
import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import { latestAnswers } from './latestAnswers.ts';
import { surveyAnswerRowsSql } from './surveyAnswerRows.ts';
import type { SurveyRange } from '../ranges/surveyRange.ts';

export interface QuestionAnswerCount {
  question: string;
  type: Question['type'];
  n: number;
}

const sql = (range: SurveyRange) => `
  WITH latest AS (${latestAnswers(range)})
  SELECT question, question_type AS type, count(*) AS n FROM latest GROUP BY question, question_type ORDER BY question, question_type`;
const fromRows = (rows: string) => `
  SELECT question, question_type AS type, sum(n) AS n FROM (${rows}) GROUP BY question, question_type HAVING sum(n) > 0 ORDER BY question, question_type`;

/** Answers per question (the last per visit), whatever the type. */
export function getSurveyAnswerCounts(db: Db, range: SurveyRange): QuestionAnswerCount[] {
  const rolled = surveyAnswerRowsSql(db, range);
  return (rolled ? statement(db, fromRows(rolled.sql)).all(rolled.params) : statement(db, sql(range)).all(range)) as QuestionAnswerCount[];
}
