import type { SendLog, SendLogEntry } from '../../../../../shared/schemas/campaigns.ts';
import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import { RECIPIENT_STATE } from './recipientState.ts';

type LogRow = Omit<SendLogEntry, 'invitedAt' | 'remindedAt'> & { invitedAt: number | null; remindedAt: number | null };

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** Each recipient in list order with where they stand, when their invitation went out and the last error of its mail. */
export function campaignSendLog(db: Db, campaignId: number, page: { limit: number; offset: number }): SendLog {
  const rows = statement(
    db,
    `SELECT r.email, r.name, r.lang, ${RECIPIENT_STATE} AS state, im.sent_at AS invitedAt, r.reminded_at AS remindedAt, im.error
       FROM campaign_recipients r LEFT JOIN mail_outbox im ON im.id = r.invitation_mail_id
      WHERE r.campaign_id = ? ORDER BY r.id LIMIT ? OFFSET ?`,
  ).all(campaignId, page.limit + 1, page.offset) as LogRow[];
  return {
    recipients: rows.slice(0, page.limit).map((row) => ({ ...row, invitedAt: iso(row.invitedAt), remindedAt: iso(row.remindedAt) })),
    more: rows.length > page.limit,
  };
}
