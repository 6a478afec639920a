import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import { latestAnswers } from './latestAnswers.ts';
import { surveyAnswerRowsSql } from './surveyAnswerRows.ts';
import type { SurveyRange } from '../ranges/surveyRange.ts';

export interface ChoiceCount {
  question: string;
  option: string;
  count: number;
}

const sql = (range: SurveyRange) => `
  WITH latest AS (${latestAnswers(range)})
  SELECT latest.question, chosen.value AS option, count(*) AS count
    FROM latest, json_each(latest.value) AS chosen
   WHERE latest.question_type IN ('single_choice', 'multiple_choice')
   GROUP BY latest.question, chosen.value
   ORDER BY latest.question, chosen.value`;
// survey_answer_days keeps a choice answer's options as stored: each set summed first, then counted per option.
const fromRows = (rows: string) => `
  SELECT chosen.question, option.value AS option, sum(chosen.n) AS count
    FROM (SELECT question, choice, sum(n) AS n FROM (${rows})
           WHERE question_type IN ('single_choice', 'multiple_choice') GROUP BY question, choice HAVING sum(n) > 0) AS chosen,
         json_each(chosen.choice) AS option
   GROUP BY chosen.question, option.value
   ORDER BY chosen.question, option.value`;

/** How many answers chose each option of each choice question (a multiple choice answer counts for each option in it). */
export function getSurveyChoiceCounts(db: Db, range: SurveyRange): ChoiceCount[] {
  const rolled = surveyAnswerRowsSql(db, range);
  return (rolled ? statement(db, fromRows(rolled.sql)).all(rolled.params) : statement(db, sql(range)).all(range)) as ChoiceCount[];
}
