import { Hono } from 'hono';
import { userSitesSchema, type User } from '../../../shared/schemas/account.ts';
import type { AppDeps } from '../appContext.ts';
import { refuseApiTokens } from '../auth/refuseApiTokens.ts';
import type { Db } from '../db/openDatabase.ts';
import { findSiteByKey } from '../db/queries/sites/findSiteByKey.ts';
import { findUserById } from '../db/queries/accounts/findUserById.ts';
import { listSiteGrants } from '../db/queries/accounts/listSiteGrants.ts';
import { replaceSiteGrants } from '../db/queries/accounts/replaceSiteGrants.ts';
import { toUser } from '../db/queries/accounts/userRow.ts';
import { ApiError } from '../http/ApiError.ts';
import { readJsonBody } from '../http/readJsonBody.ts';
import { validate } from '../http/validate.ts';
import { idParam } from '../http/params/idParam.ts';
import { noSuchUser } from './users.ts';

/** The sites' ids, or a 400 naming every key that matches no site (the caller is an admin, who sees them all). */
function siteIdsOf(db: Db, keys: string[]): number[] {
  const found = keys.map((key) => findSiteByKey(db, key));
  const issues = found.flatMap((site, i) => (site ? [] : [{ path: `sites.${i}`, message: `no site has the key ${keys[i]}` }]));
  if (issues.length > 0) throw new ApiError(400, 'invalid_payload', 'Some of these sites do not exist.', issues.slice(0, 50));
  return found.map((site) => site!.id);
}

/**
 * `PUT /api/users/:id/sites` (admins, from a session or the admin token: an API
 * token never manages accounts): exactly which sites a member or viewer sees; answers the user.
 */
export function userSiteRoutes({ db }: AppDeps) {
  return new Hono().use('*', refuseApiTokens).put('/:id/sites', async (c) => {
    const id = idParam(c.req.param('id'), 'user');
    const { sites } = validate(userSitesSchema, await readJsonBody(c));
    const user = findUserById(db, id);
    if (!user) throw noSuchUser(id);
    replaceSiteGrants(db, id, siteIdsOf(db, sites));
    return c.json(toUser(user, listSiteGrants(db, id).get(id)) satisfies User);
  });
}
