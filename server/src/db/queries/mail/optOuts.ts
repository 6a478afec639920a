import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';

/** Records an opt-out (inside a write); saying it twice changes nothing. */
export function insertOptOut(db: Db, siteId: number, email: string, now: number): void {
  statement(db, 'INSERT OR IGNORE INTO mail_opt_outs (site_id, email, created_at) VALUES (?, ?, ?)').run(siteId, email, now);
}
