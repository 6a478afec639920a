import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';

/** Whether the account was given the site; false for a site that does not exist, alike. */
export function isSiteMember(db: Db, userId: number, siteKey: string): boolean {
  return (
    statement(
      db,
      'SELECT 1 FROM site_members JOIN sites ON sites.id = site_members.site_id WHERE site_members.user_id = ? AND sites.key = ?',
    ).get(userId, siteKey) !== undefined
  );
}
