import type { CaseFeedback } from '../../../../../shared/schemas/cases.ts';
import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';

interface FeedbackRow {
  caseId: number;
  id: string;
  type: CaseFeedback['type'];
  path: string;
  createdAt: number;
  rating: number | null;
  reason: string | null;
  reasonCategory: string | null;
  journey: string | null;
  step: string | null;
  survey: string | null;
  question: string | null;
  questionType: string | null;
  comment: string | null;
  lang: string | null;
  device: string | null;
  channel: string | null;
}

/** The feedback of each case, oldest first: responses and survey answers alike. */
export function listCaseFeedback(db: Db, caseIds: number[]): Map<number, CaseFeedback[]> {
  const rows = statement(
    db,
    `SELECT f.case_id AS caseId, r.id, CASE WHEN r.reason IS NOT NULL THEN 'abandon_reason' ELSE 'page_rating' END AS type,
            r.path, r.created_at AS createdAt, r.rating, r.reason, r.reason_category AS reasonCategory, r.journey, r.step,
            NULL AS survey, NULL AS question, NULL AS questionType, coalesce(r.comment, r.other_text) AS comment,
            r.lang, r.device, r.channel
       FROM case_feedback f JOIN responses r ON r.id = f.response_id
      WHERE f.case_id IN (SELECT value FROM json_each(@ids))
     UNION ALL
     SELECT f.case_id, a.id, 'survey_answer', a.path, a.created_at, a.score, NULL, NULL, NULL, NULL,
            a.survey, a.question, a.question_type, NULL, a.lang, a.device, a.channel
       FROM case_feedback f JOIN survey_answers a ON a.id = f.survey_answer_id
      WHERE f.case_id IN (SELECT value FROM json_each(@ids))
     ORDER BY createdAt, id`,
  ).all({ ids: JSON.stringify(caseIds) }) as FeedbackRow[];
  const byCase = new Map<number, CaseFeedback[]>(caseIds.map((id) => [id, []]));
  for (const { caseId, createdAt, ...row } of rows) {
    const feedback: CaseFeedback = { id: row.id, type: row.type, path: row.path, createdAt: new Date(createdAt).toISOString() };
    for (const key of ['rating', 'reason', 'reasonCategory', 'journey', 'step', 'survey', 'question', 'questionType', 'comment', 'lang', 'device', 'channel'] as const) {
      const value = row[key];
      if (value !== null) (feedback as Record<string, unknown>)[key] = value;
    }
    byCase.get(caseId)?.push(feedback);
  }
  return byCase;
}
