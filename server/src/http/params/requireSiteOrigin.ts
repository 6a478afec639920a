import type { Db } from '../../db/openDatabase.ts';
import { findSiteByKeyCached } from '../../db/queries/sites/findSiteByKeyCached.ts';
import type { StoredSite } from '../../db/queries/sites/siteRow.ts';
import { ApiError } from '../ApiError.ts';

/**
 * The site must exist and the browser's Origin must be on its list: a response
 * from anywhere else is refused and never stored.
 */
export function requireSiteOrigin(db: Db, siteKey: string, origin: string | undefined): StoredSite {
  const site = findSiteByKeyCached(db, siteKey);
  if (!site) throw new ApiError(404, 'unknown_site', `No site with key ${siteKey}.`);
  if (!origin || !site.origins.includes(origin)) {
    throw new ApiError(403, 'origin_not_allowed', `Origin ${origin ?? '(none)'} is not allowed for this site.`);
  }
  return site;
}
