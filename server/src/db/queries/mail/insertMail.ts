import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';

export interface NewMail {
  siteId: number | null;
  caseId: number | null;
  /** The response whose contact it goes to: deleting that response deletes the mail. */
  responseId: string | null;
  kind: string;
  to: string;
  from: string;
  subject: string;
  text: string;
  /** An HTML alternative to `text`, sent as multipart/alternative; text alone when absent. */
  html?: string | null;
  headers: Record<string, string>;
  lang: string | null;
  /** The campaign an invitation or reminder belongs to: deleting the campaign deletes the mail. */
  campaignId?: number | null;
  /** When the relay may send it (a campaign's throttle); `at` when absent. */
  sendAt?: number;
  at: number;
}

/**
 * Puts a mail in the outbox. Call it inside the write of the change that
 * causes it, then kick the relay (mail/mailRelay.ts) after the commit: a
 * change rolled back sends nothing, a committed one is sent even after a crash.
 */
export function insertMail(db: Db, mail: NewMail): number {
  const row = statement(
    db,
    `INSERT INTO mail_outbox (site_id, case_id, response_id, campaign_id, kind, to_address, from_address, subject, text, html, headers, lang, next_attempt_at, created_at)
     VALUES (@siteId, @caseId, @responseId, @campaignId, @kind, @to, @from, @subject, @text, @html, @headers, @lang, @sendAt, @at) RETURNING id`,
  ).get({ ...mail, html: mail.html ?? null, campaignId: mail.campaignId ?? null, sendAt: mail.sendAt ?? mail.at, headers: JSON.stringify(mail.headers) }) as {
    id: number;
  };
  return row.id;
}
