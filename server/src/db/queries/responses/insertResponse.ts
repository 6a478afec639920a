import type { Channel, Device } from '../../../../../shared/schemas/response.ts';
import type { VisitorColumns } from '../../visitorColumns.ts';
import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import { write } from '../../write.ts';

export interface NewResponse extends Partial<VisitorColumns> {
  id: string;
  siteId: number;
  type: string;
  rating?: number;
  comment?: string;
  path: string;
  title?: string;
  lang?: string;
  device?: Device;
  channel: Channel;
  visitId?: string;
  /** See privacy/visitorHash.ts; absent for imported responses. */
  visitorHash?: string;
  /** Given by the shopper with consent to be contacted. */
  contactEmail?: string;
  createdAt: number;
  receivedAt: number;
}

const INSERT = `
  INSERT INTO responses
    (id, site_id, type, rating, comment, path, title, lang, device, channel, visit_id, created_at, received_at,
     visitor_hash, contact_email, returning_visitor, attributes)
  VALUES
    (@id, @siteId, @type, @rating, @comment, @path, @title, @lang, @device, @channel, @visitId, @createdAt, @receivedAt,
     @visitorHash, @contactEmail, @returning, @attributes)
  ON CONFLICT (id) DO NOTHING`;

/**
 * Stores one response; returns false when that id was already stored (a retry).
 * Its comment's terms are made after the commit, from the stored row
 * (jobs/commentTerms.ts), so the acknowledgement never waits for them.
 */
export function insertResponse(db: Db, response: NewResponse): boolean {
  return write(
    db,
    () =>
      statement(db, INSERT).run({
        ...response,
        rating: response.rating ?? null,
        comment: response.comment ?? null,
        title: response.title ?? null,
        lang: response.lang ?? null,
        device: response.device ?? null,
        visitId: response.visitId ?? null,
        visitorHash: response.visitorHash ?? null,
        contactEmail: response.contactEmail ?? null,
        returning: response.returning ?? null,
        attributes: response.attributes ?? null,
      }).changes === 1,
  );
}
