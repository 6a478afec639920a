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
  /** 'web' unless the answer came another way (an imported call-centre NPS is 'phone'). */
  channel?: Channel;
  createdAt: number;
  receivedAt: number;
}

const INSERT = `
  INSERT INTO survey_answers
    (id, site_id, visit_id, survey, question, question_type, score, value, path, lang, device, channel,
     returning_visitor, attributes, created_at, received_at)
  VALUES
    (@id, @siteId, @visitId, @survey, @question, @questionType, @score, @value, @path, @lang, @device, @channel,
     @returning, @attributes, @createdAt, @receivedAt)
  ON CONFLICT (id) DO NOTHING`;

/** Stores one answered question; returns false when that id was already stored (a retry). */
export function insertSurveyAnswer(db: Db, answer: NewSurveyAnswer): boolean {
  const result = write(db, () =>
    statement(db, INSERT).run({
      ...answer,
      visitId: answer.visitId ?? null,
      score: answer.score ?? null,
      value: answer.value ?? null,
      lang: answer.lang ?? null,
      device: answer.device ?? null,
      channel: answer.channel ?? 'web',
      returning: answer.returning ?? null,
      attributes: answer.attributes ?? null,
    }),
  );
  return result.changes === 1;
}
