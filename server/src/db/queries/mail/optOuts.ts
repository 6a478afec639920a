import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';

/** Records an opt-out (inside a write); saying it twice changes nothing. */
export function insertOptOut(db: Db, siteId: number, email: string, now: number): void {
  statement(db, 'INSERT OR IGNORE INTO mail_opt_outs (site_id, email, created_at) VALUES (?, ?, ?)').run(siteId, email, now);
}

export function hasOptedOut(db: Db, siteId: number, email: string): boolean {
  return statement(db, 'SELECT 1 FROM mail_opt_outs WHERE site_id = ? AND email = ?').get(siteId, email) !== undefined;
}
