import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import { RECIPIENT_ANSWERED, RECIPIENT_UNSUBSCRIBED } from './recipientState.ts';

export interface NewRecipient {
  email: string;
  name: string | null;
  lang: string | null;
  attributes: Record<string, string>;
}

export interface StoredRecipient extends NewRecipient {
  id: number;
}

/** Adds a recipient (inside a write); false when the campaign already has that address (any case). */
export function insertRecipient(db: Db, campaign: { id: number; siteId: number }, recipient: NewRecipient, suppressed: boolean, now: number): boolean {
  const result = statement(
    db,
    `INSERT INTO campaign_recipients (site_id, campaign_id, email, name, lang, attributes, status, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (campaign_id, email) DO NOTHING`,
  ).run(campaign.siteId, campaign.id, recipient.email, recipient.name, recipient.lang, JSON.stringify(recipient.attributes), suppressed ? 'suppressed' : 'queued', now);
  return result.changes === 1;
}

interface RecipientRow {
  id: number;
  email: string;
  name: string | null;
  lang: string | null;
  attributes: string;
}

const toRecipient = (row: RecipientRow): StoredRecipient => ({ ...row, attributes: JSON.parse(row.attributes) as Record<string, string> });

/** Recipients not invited yet, in the order they were listed. */
export function listQueuedRecipients(db: Db, campaignId: number): StoredRecipient[] {
  return (
    statement(db, `SELECT id, email, name, lang, attributes FROM campaign_recipients WHERE campaign_id = ? AND status = 'queued' ORDER BY id`).all(
      campaignId,
    ) as RecipientRow[]
  ).map(toRecipient);
}

/**
 * Who gets the reminder: invited, the invitation delivered (or written), not
 * reminded yet, no answer through their links, not unsubscribed since.
 */
export function listRecipientsToRemind(db: Db, campaignId: number): StoredRecipient[] {
  return (
    statement(
      db,
      `SELECT r.id, r.email, r.name, r.lang, r.attributes FROM campaign_recipients r JOIN mail_outbox im ON im.id = r.invitation_mail_id
        WHERE r.campaign_id = ? AND r.status = 'invited' AND r.reminded_at IS NULL AND im.status IN ('sent', 'written')
          AND NOT ${RECIPIENT_ANSWERED} AND NOT ${RECIPIENT_UNSUBSCRIBED}
        ORDER BY r.id`,
    ).all(campaignId) as RecipientRow[]
  ).map(toRecipient);
}

export function markRecipientSuppressed(db: Db, id: number): void {
  statement(db, `UPDATE campaign_recipients SET status = 'suppressed' WHERE id = ?`).run(id);
}

export function markRecipientInvited(db: Db, id: number, mailId: number): void {
  statement(db, `UPDATE campaign_recipients SET status = 'invited', invitation_mail_id = ? WHERE id = ?`).run(mailId, id);
}

export function markRecipientReminded(db: Db, id: number, mailId: number, now: number): void {
  statement(db, 'UPDATE campaign_recipients SET reminder_mail_id = ?, reminded_at = ? WHERE id = ?').run(mailId, now, id);
}

/** The answer id a sent token stands for, so an answer through it is known to be this recipient's. */
export function insertCampaignLink(db: Db, answerKey: string, recipientId: number): void {
  statement(db, 'INSERT OR IGNORE INTO campaign_links (answer_key, recipient_id) VALUES (?, ?)').run(answerKey, recipientId);
}

/** How many of the campaign's mails wait in the outbox: new ones are released after them. */
export function countPendingCampaignMail(db: Db, campaignId: number): number {
  return statement(db, `SELECT count(*) FROM mail_outbox WHERE campaign_id = ? AND status = 'pending'`).pluck().get(campaignId) as number;
}
