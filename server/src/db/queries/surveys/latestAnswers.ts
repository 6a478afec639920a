import type { SurveyRange } from '../ranges/surveyRange.ts';
import { surveyAnswersWhere } from '../ranges/viewRange.ts';

// A shopper who changes an answer sends it again; only the last answer of a
// visit to a question counts (SQLite takes the bare columns from the row with
// the max). Answers without a visit id count one by one.
export const latestAnswers = (range: SurveyRange) => `
  SELECT question, question_type, score, value, created_at, max(created_at) AS latest
    FROM survey_answers
   WHERE ${surveyAnswersWhere(range)}
   GROUP BY coalesce(visit_id, id), question`;
