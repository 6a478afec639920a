import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';

/** A response or survey answer as case opening and routing read it. */
export interface StoredFeedback {
  responseId: string | null;
  surveyAnswerId: string | null;
  type: 'page_rating' | 'abandon_reason' | 'survey_answer';
  siteId: number;
  visitId: string | null;
  path: string;
  rating: number | null;
  comment: string | null;
  journey: string | null;
  step: string | null;
  reason: string | null;
  reasonCategory: string | null;
  survey: string | null;
  questionType: string | null;
  lang: string | null;
  device: string | null;
  channel: string;
  contactEmail: string | null;
  createdAt: number;
}

const RESPONSE_COLUMNS = `id AS responseId, NULL AS surveyAnswerId, CASE WHEN reason IS NOT NULL THEN 'abandon_reason' ELSE 'page_rating' END AS type,
            site_id AS siteId, visit_id AS visitId, path, rating, comment, journey, step, reason, reason_category AS reasonCategory,
            NULL AS survey, NULL AS questionType, lang, device, channel, contact_email AS contactEmail, created_at AS createdAt`;
const ANSWER_COLUMNS = `NULL AS responseId, id AS surveyAnswerId, 'survey_answer' AS type, site_id AS siteId, visit_id AS visitId, path,
            score AS rating, NULL AS comment, NULL AS journey, NULL AS step, NULL AS reason, NULL AS reasonCategory,
            survey, question_type AS questionType, lang, device, channel, NULL AS contactEmail, created_at AS createdAt`;

export function findStoredResponse(db: Db, id: string): StoredFeedback | undefined {
  return statement(db, `SELECT ${RESPONSE_COLUMNS} FROM responses WHERE id = ?`).get(id) as StoredFeedback | undefined;
}

export function findStoredSurveyAnswer(db: Db, id: string): StoredFeedback | undefined {
  return statement(db, `SELECT ${ANSWER_COLUMNS} FROM survey_answers WHERE id = ?`).get(id) as StoredFeedback | undefined;
}

/**
 * A site's feedback in [from, to) that could open a case, oldest first, at
 * most `limit` rows: what a routing dry run replays.
 */
export function listCaseableFeedback(db: Db, siteId: number, from: number, to: number, limit: number): StoredFeedback[] {
  return statement(
    db,
    `SELECT * FROM (
       SELECT ${RESPONSE_COLUMNS} FROM responses
        WHERE site_id = @siteId AND created_at >= @from AND created_at < @to
          AND (rating IS NOT NULL OR reason IS NOT NULL OR contact_email IS NOT NULL)
       UNION ALL
       SELECT ${ANSWER_COLUMNS} FROM survey_answers
        WHERE site_id = @siteId AND created_at >= @from AND created_at < @to AND score IS NOT NULL
          AND question_type IN ('nps', 'csat', 'ces'))
     ORDER BY createdAt LIMIT @limit`,
  ).all({ siteId, from, to, limit }) as StoredFeedback[];
}
