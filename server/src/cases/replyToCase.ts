import type { ReplyLang } from '../../../shared/schemas/cases.ts';
import type { Db } from '../db/openDatabase.ts';
import { findCaseContact, type CaseContact } from '../db/queries/cases/caseContact.ts';
import type { CaseRow } from '../db/queries/cases/caseRow.ts';
import { insertCaseEvent } from '../db/queries/cases/insertCaseEvent.ts';
import { updateCase } from '../db/queries/cases/updateCase.ts';
import { insertMail } from '../db/queries/mail/insertMail.ts';
import type { StoredSite } from '../db/queries/sites/siteRow.ts';
import { findCaseSettings } from '../db/queries/teams/caseSettings.ts';
import { write } from '../db/write.ts';
import { ApiError } from '../http/ApiError.ts';
import { composeReply, replyLangFor } from '../mail/replyTemplates.ts';
import { signLink } from '../mail/signedLink.ts';

export interface ReplyContext {
  /** The collector's public origin: the links in the mail point here. */
  origin: string;
  /** The From when the site names no sender. */
  defaultFrom: string;
  actor: string | null;
  now: number;
}

/** The site's sender from its case settings (a display name quoted), else the collector's default. */
export function senderOf(db: Db, site: StoredSite, defaultFrom: string): string {
  const { senderEmail, senderName } = findCaseSettings(db, site.id);
  if (!senderEmail) return defaultFrom;
  // A display name is quoted so commas and the like in it stay part of the name.
  return senderName ? `"${senderName.replace(/["\\]/g, '')}" <${senderEmail}>` : senderEmail;
}

/**
 * Writes the reply to the outbox and marks the case "customer told", in one
 * transaction: if it does not commit, nothing is sent. Only to a contact the
 * shopper gave with consent and has not withdrawn (409 otherwise). Every mail
 * carries a one-click opt-out (RFC 8058) and a signed link back to the shop.
 */
export function replyToCase(db: Db, site: StoredSite, row: CaseRow, reply: { text: string; lang?: ReplyLang }, ctx: ReplyContext): number {
  return write(db, () => {
    const contact = findCaseContact(db, row.id);
    if (!contact) throw new ApiError(409, 'conflict', 'This case has no e-mail address the shopper gave with consent to be contacted.');
    if (contact.optedOut) throw new ApiError(409, 'conflict', 'The shopper asked for no more e-mail; the reply was not sent.');
    return queueReply(db, site, row, contact, reply, ctx);
  });
}

/** The reply's mail in the outbox, the case told and its audit line (inside the caller's write, contact checked). */
export function queueReply(db: Db, site: StoredSite, row: CaseRow, contact: CaseContact, reply: { text: string; lang?: ReplyLang }, ctx: ReplyContext): number {
  const lang = reply.lang ?? replyLangFor(contact.lang);
  const optOutUrl = `${ctx.origin}/v1/mail/opt-out/${signLink(db, { kind: 'opt-out', site: site.id, email: contact.email, lang })}`;
  const shop = site.origins[0]!;
  const backUrl = `${ctx.origin}/v1/mail/back/${signLink(db, { kind: 'back', site: site.id, case: row.id, to: `${shop}${contact.path}` })}`;
  const mail = composeReply({ lang, siteName: site.name, text: reply.text, backUrl, optOutUrl });
  const mailId = insertMail(db, {
    siteId: site.id,
    caseId: row.id,
    responseId: contact.responseId,
    kind: 'reply',
    to: contact.email,
    from: senderOf(db, site, ctx.defaultFrom),
    subject: mail.subject,
    text: mail.text,
    headers: { 'List-Unsubscribe': `<${optOutUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
    lang,
    at: ctx.now,
  });
  updateCase(db, { ...row, firstResponseAt: row.firstResponseAt ?? ctx.now, customerToldAt: row.customerToldAt ?? ctx.now }, ctx.now);
  insertCaseEvent(db, { caseId: row.id, actor: ctx.actor, field: 'reply', from: null, to: lang, at: ctx.now });
  return mailId;
}
