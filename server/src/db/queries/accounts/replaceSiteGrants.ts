import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import { write } from '../../write.ts';

/** Sets exactly which sites an account has, in one write. */
export function replaceSiteGrants(db: Db, userId: number, siteIds: number[]): void {
  write(db, () => {
    statement(db, 'DELETE FROM site_members WHERE user_id = ?').run(userId);
    const insert = statement(db, 'INSERT OR IGNORE INTO site_members (user_id, site_id) VALUES (?, ?)');
    for (const siteId of siteIds) insert.run(userId, siteId);
  });
}
