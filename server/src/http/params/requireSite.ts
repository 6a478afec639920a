import type { Db } from '../../db/openDatabase.ts';
import { findSiteByKey } from '../../db/queries/sites/findSiteByKey.ts';
import type { StoredSite } from '../../db/queries/sites/siteRow.ts';
import { ApiError } from '../ApiError.ts';

/** The same answer for a site that does not exist and one the caller was not given: keys are not confirmed. */
export function unknownSite(siteKey: string): ApiError {
  return new ApiError(404, 'unknown_site', `No site with key ${siteKey}.`);
}

/** Access was checked before the route ran (auth/requireRouteRole.ts); this finds the site. */
export function requireSite(db: Db, siteKey: string): StoredSite {
  const site = findSiteByKey(db, siteKey);
  if (!site) throw unknownSite(siteKey);
  return site;
}
