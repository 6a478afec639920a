import type { Context, MiddlewareHandler } from 'hono';
import { matchedRoutes } from 'hono/route';
import { hasRole } from '../../../shared/roles.ts';
import { ApiError } from '../http/ApiError.ts';
import { principalOf } from './principal.ts';
import { roleForRoute } from './routeRoles.ts';

/**
 * The route that will answer: the first matched one registered for a method
 * (middleware added with `use` is registered for ALL). HEAD is served by the
 * GET route, and the route's own method is what the table lists.
 */
function answeringRoute(c: Context): { method: string; path: string } | undefined {
  return matchedRoutes(c).find((route) => route.method !== 'ALL');
}

/** Enforces routeRoles.ts on every `/api` request, after `authenticate`. */
export function requireRouteRole(): MiddlewareHandler {
  return async (c, next) => {
    const route = answeringRoute(c);
    if (!route) return next(); // nothing answers: the 404 says so
    const need = roleForRoute(route.method, route.path);
    const { role } = principalOf(c);
    if (!hasRole(role, need)) {
      throw new ApiError(403, 'forbidden', `This needs the ${need} role; you are signed in as ${role}.`);
    }
    return next();
  };
}
