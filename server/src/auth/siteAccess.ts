import type { Db } from '../db/openDatabase.ts';
import { isSiteMember } from '../db/queries/accounts/isSiteMember.ts';
import { listMemberSites } from '../db/queries/accounts/listMemberSites.ts';
import { listSites } from '../db/queries/sites/listSites.ts';
import type { StoredSite } from '../db/queries/sites/siteRow.ts';
import type { Principal } from './principal.ts';

/** A site's routes, whatever the parameter is called, so a new route is covered by being mounted there. */
const SITE_ROUTE = /^\/api\/sites\/:[^/]+(\/|$)/;

/** The site key a request names when its route (as registered) is one site's, else undefined. */
export function siteKeyOfRoute(routePath: string, requestPath: string): string | undefined {
  if (!SITE_ROUTE.test(routePath)) return undefined;
  const segment = requestPath.split('/')[3] ?? '';
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment; // not valid %-encoding: no site has such a key, so it is refused like any unknown one
  }
}

/** Admins (and the admin token) see every site; members and viewers the sites they were given. */
export function canSeeSite(db: Db, principal: Principal, siteKey: string): boolean {
  if (principal.role === 'admin') return true;
  return principal.userId !== null && isSiteMember(db, principal.userId, siteKey);
}

/** `GET /api/sites`: the sites canSeeSite lets the caller into. */
export function visibleSites(db: Db, principal: Principal): StoredSite[] {
  if (principal.role === 'admin') return listSites(db);
  return principal.userId === null ? [] : listMemberSites(db, principal.userId);
}
