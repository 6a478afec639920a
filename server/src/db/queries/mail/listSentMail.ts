import type { SentMail } from '../../../../../shared/schemas/sentMail.ts';
import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';

interface MailRow extends Omit<SentMail, 'createdAt' | 'sentAt' | 'delivered'> {
  createdAt: number;
  sentAt: number | null;
}

const COLUMNS = `id, kind, case_id AS caseId, to_address AS "to", from_address AS "from", subject, text, lang, status, attempts, error, file,
  created_at AS createdAt, sent_at AS sentAt`;

function toSentMail(row: MailRow): SentMail {
  return {
    ...row,
    delivered: row.status === 'sent',
    createdAt: new Date(row.createdAt).toISOString(),
    sentAt: row.sentAt === null ? null : new Date(row.sentAt).toISOString(),
  };
}

/** A site's mail log, newest first. */
export function listSentMail(db: Db, siteId: number, page: { limit: number; offset: number }): { mail: SentMail[]; more: boolean } {
  const rows = statement(db, `SELECT ${COLUMNS} FROM mail_outbox WHERE site_id = ? ORDER BY id DESC LIMIT ? OFFSET ?`).all(
    siteId,
    page.limit + 1,
    page.offset,
  ) as MailRow[];
  return { mail: rows.slice(0, page.limit).map(toSentMail), more: rows.length > page.limit };
}

/** The mail of one case, oldest first. */
export function listCaseMail(db: Db, caseId: number): SentMail[] {
  const rows = statement(db, `SELECT ${COLUMNS} FROM mail_outbox WHERE case_id = ? ORDER BY id`).all(caseId) as MailRow[];
  return rows.map(toSentMail);
}
