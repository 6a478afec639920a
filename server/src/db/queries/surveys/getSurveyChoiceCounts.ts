import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import { latestAnswers } from './latestAnswers.ts';
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
   GROUP BY latest.question, chosen.value`;

/** How many answers chose each option of each choice question (a multiple choice answer counts for each option in it). */
export function getSurveyChoiceCounts(db: Db, range: SurveyRange): ChoiceCount[] {
  return statement(db, sql(range)).all(range) as ChoiceCount[];
}
