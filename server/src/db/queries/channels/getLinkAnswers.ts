import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';

export interface LinkAnswerRow {
  question: string;
  question_type: string;
  score: number | null;
  value: string | null;
}

/** What a signed link's recipient has answered so far: its answers are the token's visit. */
export function getLinkAnswers(db: Db, siteId: number, survey: string, answerId: string): LinkAnswerRow[] {
  return statement(db, 'SELECT question, question_type, score, value FROM survey_answers WHERE site_id = ? AND visit_id = ? AND survey = ?').all(
    siteId,
    answerId,
    survey,
  ) as LinkAnswerRow[];
}
