import { unknownSite } from '../auth/siteAccess.ts';
import type { Db } from '../db/openDatabase.ts';
import { findSiteByKey } from '../db/queries/sites/findSiteByKey.ts';
import type { StoredSite } from '../db/queries/sites/siteRow.ts';

/** Access was checked before the route ran (auth/requireRouteRole.ts); this finds the site. */
export function requireSite(db: Db, siteKey: string): StoredSite {
  const site = findSiteByKey(db, siteKey);
  if (!site) throw unknownSite(siteKey);
  return site;
}
