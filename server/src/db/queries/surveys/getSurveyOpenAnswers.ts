import type { OpenTextAnswer } from '../../../../../shared/schemas/surveyResults.ts';
import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import type { SurveyRange } from '../ranges/surveyRange.ts';
import { surveyAnswersWhere } from '../ranges/viewRange.ts';

// Each text with the same visit's last answer to every score question of the survey.
const sql = (range: SurveyRange) => `
  SELECT a.id, a.question, a.value AS text, a.created_at, a.path, a.device, a.lang,
         (SELECT json_group_array(json_object('question', s.question, 'type', s.question_type, 'score', s.score))
            FROM (SELECT question, question_type, score, max(created_at)
                    FROM survey_answers
                   WHERE site_id = a.site_id AND survey = a.survey AND visit_id = a.visit_id AND score IS NOT NULL
                   GROUP BY question) AS s) AS scores
    FROM survey_answers AS a
   WHERE a.rowid IN (SELECT rowid FROM survey_answers WHERE ${surveyAnswersWhere(range)} AND question_type = 'open_text')
   ORDER BY a.created_at DESC, a.rowid DESC
   LIMIT @limit`;

interface Row {
  id: string;
  question: string;
  text: string;
  created_at: number;
  path: string;
  device: string | null;
  lang: string | null;
  scores: string;
}

/** The latest open-text answers, newest first, each with the scores its visit gave. */
export function getSurveyOpenAnswers(db: Db, range: SurveyRange, limit: number): OpenTextAnswer[] {
  const rows = statement(db, sql(range)).all({ ...range, limit }) as Row[];
  return rows.map(({ created_at, scores, ...row }) => ({
    ...row,
    createdAt: new Date(created_at).toISOString(),
    scores: JSON.parse(scores) as OpenTextAnswer['scores'],
  }));
}
