import type { Question } from '../../../../../shared/schemas/survey.ts';
import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import { latestAnswers } from './latestAnswers.ts';
import type { SurveyRange } from '../ranges/surveyRange.ts';

export interface QuestionAnswerCount {
  question: string;
  type: Question['type'];
  n: number;
}

const sql = (range: SurveyRange) => `
  WITH latest AS (${latestAnswers(range)})
  SELECT question, question_type AS type, count(*) AS n FROM latest GROUP BY question, question_type`;

/** Answers per question (the last per visit), whatever the type. */
export function getSurveyAnswerCounts(db: Db, range: SurveyRange): QuestionAnswerCount[] {
  return statement(db, sql(range)).all(range) as QuestionAnswerCount[];
}
