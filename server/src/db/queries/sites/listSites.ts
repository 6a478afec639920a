import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import { toSite, type SiteRow, type StoredSite } from './siteRow.ts';

export function listSites(db: Db): StoredSite[] {
  const rows = statement(db, 'SELECT * FROM sites ORDER BY created_at, id').all() as SiteRow[];
  return rows.map(toSite);
}
