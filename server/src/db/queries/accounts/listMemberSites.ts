import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import { toSite, type SiteRow, type StoredSite } from '../sites/siteRow.ts';

/** The sites an account was given, in the order listSites gives every site. */
export function listMemberSites(db: Db, userId: number): StoredSite[] {
  const rows = statement(
    db,
    `SELECT sites.* FROM sites JOIN site_members ON site_members.site_id = sites.id
      WHERE site_members.user_id = ? ORDER BY sites.created_at, sites.id`,
  ).all(userId) as SiteRow[];
  return rows.map(toSite);
}
