import type { Db } from '../db/openDatabase.ts';
import { findSiteByKey } from '../db/queries/findSiteByKey.ts';
import type { StoredSite } from '../db/queries/siteRow.ts';
import { ApiError } from '../http/ApiError.ts';

export function requireSite(db: Db, siteKey: string): StoredSite {
  const site = findSiteByKey(db, siteKey);
  if (!site) throw new ApiError(404, 'unknown_site', `No site with key ${siteKey}.`);
  return site;
}
