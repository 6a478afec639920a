import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';

/** Every account's granted site keys, in site order; an account with none is absent. */
export function listSiteGrants(db: Db, userId?: number): Map<number, string[]> {
  const rows = statement(
    db,
    `SELECT site_members.user_id, sites.key FROM site_members JOIN sites ON sites.id = site_members.site_id
      WHERE @userId IS NULL OR site_members.user_id = @userId ORDER BY sites.created_at, sites.id`,
  ).all({ userId: userId ?? null }) as { user_id: number; key: string }[];
  const grants = new Map<number, string[]>();
  for (const { user_id, key } of rows) grants.set(user_id, [...(grants.get(user_id) ?? []), key]);
  return grants;
}
