import type { Context, MiddlewareHandler } from 'hono';
import { matchedRoutes } from 'hono/route';
import { hasRole } from '../../../shared/roles.ts';
import type { Db } from '../db/openDatabase.ts';
import { ApiError } from '../http/ApiError.ts';
import { unknownSite } from '../http/params/requireSite.ts';
import { principalOf } from './principal.ts';
import { roleForRoute } from './routeRoles.ts';
import { canSeeSite, siteKeyOfRoute } from './siteAccess.ts';

/**
 * The route that will answer: the first matched one registered for a method
 * (middleware added with `use` is registered for ALL). HEAD is served by the
 * GET route, and the route's own method is what the table lists.
 */
function answeringRoute(c: Context): { method: string; path: string } | undefined {
  return matchedRoutes(c).find((route) => route.method !== 'ALL');
}

/**
 * Enforces, on every `/api` request after `authenticate`, site access (a site's
 * routes answer 404 to whoever was not given the site, before the role is
 * looked at, so a 403 cannot confirm that a key exists) and routeRoles.ts.
 */
export function requireRouteRole(db: Db): MiddlewareHandler {
  return async (c, next) => {
    const route = answeringRoute(c);
    if (!route) return next(); // nothing answers: the 404 says so
    const principal = principalOf(c);
    const siteKey = siteKeyOfRoute(route.path, c.req.path);
    if (siteKey !== undefined && !canSeeSite(db, principal, siteKey)) throw unknownSite(siteKey);
    const need = roleForRoute(route.method, route.path);
    const { role } = principal;
    if (!hasRole(role, need)) {
      throw new ApiError(403, 'forbidden', `This needs the ${need} role; you are signed in as ${role}.`);
    }
    return next();
  };
}
