import type { ReasonCategory } from '../../../../../shared/schemas/journey.ts';
import type { AbandonTrigger, Channel, Device } from '../../../../../shared/schemas/response.ts';
import type { VisitorColumns } from '../../visitorColumns.ts';
import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import { write } from '../../write.ts';

export interface NewAbandonAnswer extends Partial<VisitorColumns> {
  id: string;
  siteId: number;
  visitId?: string;
  journey: string;
  step: string;
  reason: string;
  /** Looked up when the answer arrives, so routing still works if the journey is edited later. */
  reasonCategory: ReasonCategory;
  otherText?: string;
  comment?: string;
  trigger: AbandonTrigger;
  path: string;
  lang?: string;
  device?: Device;
  /** `web` unless imported from another channel (phone, e-mail, store survey). */
  channel?: Channel;
  /** See privacy/visitorHash.ts. */
  visitorHash?: string;
  createdAt: number;
  receivedAt: number;
}

// A response like any other (type 'abandon_reason'), so its comment shows with the rest.
const INSERT = `
  INSERT INTO responses
    (id, site_id, type, comment, path, lang, device, channel, visit_id, created_at, received_at,
     journey, step, reason, reason_category, other_text, trigger, visitor_hash, returning_visitor, attributes)
  VALUES
    (@id, @siteId, 'abandon_reason', @comment, @path, @lang, @device, @channel, @visitId, @createdAt, @receivedAt,
     @journey, @step, @reason, @reasonCategory, @otherText, @trigger, @visitorHash, @returning, @attributes)
  ON CONFLICT (id) DO NOTHING`;

/** Stores one "What stopped you?" answer (its text's terms come after the commit, as insertResponse's); returns false when that id was already stored. */
export function insertAbandonAnswer(db: Db, answer: NewAbandonAnswer): boolean {
  return write(
    db,
    () =>
      statement(db, INSERT).run({
        ...answer,
        visitId: answer.visitId ?? null,
        otherText: answer.otherText ?? null,
        comment: answer.comment ?? null,
        lang: answer.lang ?? null,
        device: answer.device ?? null,
        channel: answer.channel ?? 'web',
        visitorHash: answer.visitorHash ?? null,
        returning: answer.returning ?? null,
        attributes: answer.attributes ?? null,
      }).changes === 1,
  );
}
