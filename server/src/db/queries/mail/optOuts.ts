import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';

/** Records an opt-out (inside a write); saying it twice changes nothing. */
export function insertOptOut(db: Db, siteId: number, email: string, now: number): void {
  statement(db, 'INSERT OR IGNORE INTO mail_opt_outs (site_id, email, created_at) VALUES (?, ?, ?)').run(siteId, email, now);
}

/** Whether the site's suppression list holds the address (any case). */
export function isOptedOut(db: Db, siteId: number, email: string): boolean {
  return statement(db, 'SELECT 1 FROM mail_opt_outs WHERE site_id = ? AND email = ?').get(siteId, email) !== undefined;
}

/** The site's suppression list, newest first. */
export function listOptOuts(db: Db, siteId: number): { email: string; createdAt: number }[] {
  return statement(db, 'SELECT email, created_at AS createdAt FROM mail_opt_outs WHERE site_id = ? ORDER BY created_at DESC, email').all(siteId) as {
    email: string;
    createdAt: number;
  }[];
}

/** Takes an address off the list (inside a write); false when it was not on it. */
export function deleteOptOut(db: Db, siteId: number, email: string): boolean {
  return statement(db, 'DELETE FROM mail_opt_outs WHERE site_id = ? AND email = ?').run(siteId, email).changes === 1;
}

/**
 * Drops the site's campaign mail to the address still waiting in the outbox
 * (inside the write that records the opt-out): an invitation released later by
 * the throttle must not go to someone who unsubscribed meanwhile.
 */
export function cancelPendingCampaignMail(db: Db, siteId: number, email: string): void {
  statement(
    db,
    `DELETE FROM mail_outbox WHERE site_id = ? AND campaign_id IS NOT NULL AND status = 'pending' AND to_address = ? COLLATE NOCASE`,
  ).run(siteId, email);
}
