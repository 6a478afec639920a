import type { Question } from '../../../../../shared/schemas/survey.ts';
import type { Channel, Device } from '../../../../../shared/schemas/response.ts';
import type { VisitorColumns } from '../../visitorColumns.ts';
import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import { write } from '../../write.ts';

export interface NewSurveyAnswer extends Partial<VisitorColumns> {
  id: string;
  siteId: number;
  visitId?: string;
  survey: string;
  question: string;
  /** Looked up when the answer arrives, so results stay readable after the survey is edited. */
  questionType: Question['type'];
  /** Score questions: NPS 0–10, CSAT 1–5, CES 1–7, thumbs 0/1. */
  score?: number;
  /** Open text (scrubbed), or a JSON array of option ids. */
  value?: string;
  path: string;
  lang?: string;
  device?: Device;
  /** Where it was answered: 'web' (the widget, a shared link) unless a link or QR code says otherwise. */
  channel?: Channel;
  /** The campaign a link or QR code belongs to. */
  campaign?: string;
  createdAt: number;
  receivedAt: number;
}

const INSERT = `
  INSERT INTO survey_answers
    (id, site_id, visit_id, survey, question, question_type, score, value, path, lang, device,
     returning_visitor, attributes, channel, campaign, created_at, received_at)
  VALUES
    (@id, @siteId, @visitId, @survey, @question, @questionType, @score, @value, @path, @lang, @device,
     @returning, @attributes, @channel, @campaign, @createdAt, @receivedAt)`;
const INSERT_ONCE = `${INSERT} ON CONFLICT (id) DO NOTHING`;
// A signed link's answer to a question is one row whatever the clicks: a later
// answer replaces the value and when it arrived; created_at stays the first
// answer's, so the answer keeps its place in the results' periods.
const UPSERT = `${INSERT} ON CONFLICT (id) DO UPDATE SET
    score = excluded.score, value = excluded.value, lang = coalesce(excluded.lang, lang), received_at = excluded.received_at
  WHERE site_id = excluded.site_id AND survey = excluded.survey AND question = excluded.question`;

const params = (answer: NewSurveyAnswer) => ({
  ...answer,
  visitId: answer.visitId ?? null,
  score: answer.score ?? null,
  value: answer.value ?? null,
  lang: answer.lang ?? null,
  device: answer.device ?? null,
  returning: answer.returning ?? null,
  attributes: answer.attributes ?? null,
  channel: answer.channel ?? 'web',
  campaign: answer.campaign ?? null,
});

/** Stores one answered question; returns false when that id was already stored (a retry). */
export function insertSurveyAnswer(db: Db, answer: NewSurveyAnswer): boolean {
  const result = write(db, () => statement(db, INSERT_ONCE).run(params(answer)));
  return result.changes === 1;
}

/** Stores one answered question, or replaces the answer stored under its id (a signed link's later click). */
export function upsertSurveyAnswer(db: Db, answer: NewSurveyAnswer): void {
  write(db, () => statement(db, UPSERT).run(params(answer)));
}
