import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import { toSite, type SiteRow, type StoredSite } from './siteRow.ts';

/** The site a signed link names by its id. */
export function findSiteById(db: Db, id: number): StoredSite | undefined {
  const row = statement(db, 'SELECT * FROM sites WHERE id = ?').get(id) as SiteRow | undefined;
  return row && toSite(row);
}
