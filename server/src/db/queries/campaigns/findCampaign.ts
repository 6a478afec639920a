import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import { toStoredCampaign, type CampaignRow, type StoredCampaign } from './campaignRow.ts';

export function findCampaign(db: Db, siteId: number, slug: string): StoredCampaign | undefined {
  const row = statement(db, 'SELECT * FROM campaigns WHERE site_id = ? AND slug = ?').get(siteId, slug) as CampaignRow | undefined;
  return row && toStoredCampaign(row);
}

/** Campaigns whose reminder is due: sent, with a reminder after N days that have passed, none sent yet. */
export function listCampaignsDueReminder(db: Db, now: number): StoredCampaign[] {
  const rows = statement(
    db,
    `SELECT * FROM campaigns WHERE reminder_after_days IS NOT NULL AND reminded_at IS NULL AND sent_at IS NOT NULL
       AND sent_at + reminder_after_days * 86400000 <= ?`,
  ).all(now) as CampaignRow[];
  return rows.map(toStoredCampaign);
}

/** The first send stamps `sent_at` (the links' expiry counts from it); later sends of added recipients keep it. */
export function markCampaignSending(db: Db, id: number, publicUrl: string, now: number): void {
  statement(db, `UPDATE campaigns SET status = 'sending', sent_at = coalesce(sent_at, ?), public_url = coalesce(public_url, ?) WHERE id = ?`).run(now, publicUrl, id);
}

export function markCampaignReminded(db: Db, id: number, now: number): void {
  statement(db, 'UPDATE campaigns SET reminded_at = ? WHERE id = ?').run(now, id);
}

/** Deletes a campaign (inside a write): its recipients, links and mail go with it (cascades). */
export function deleteCampaign(db: Db, id: number): void {
  statement(db, 'DELETE FROM campaigns WHERE id = ?').run(id);
}
