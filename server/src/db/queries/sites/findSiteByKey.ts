import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import { toSite, type SiteRow, type StoredSite } from './siteRow.ts';

export function findSiteByKey(db: Db, key: string): StoredSite | undefined {
  const row = statement(db, 'SELECT * FROM sites WHERE key = ?').get(key) as SiteRow | undefined;
  return row && toSite(row);
}
