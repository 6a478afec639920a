import type { MiddlewareHandler } from 'hono';
import type { Db } from '../db/openDatabase.ts';
import type { PublicOriginSettings } from '../http/publicOrigin.ts';
import { ApiError } from '../http/ApiError.ts';
import { bearerPrincipal } from './bearerPrincipal.ts';
import { requireSameSiteWrite } from './csrf.ts';
import { currentSession } from './sessionCookie.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * `/api/*` accepts a bearer token (the admin token or a user's API token) or a
 * signed-in dashboard session, and records who it is for `requireRouteRole`.
 * Cookie-authenticated writes must come from the dashboard's own origin with
 * the CSRF token, so another site cannot make a signed-in browser change
 * anything; bearer requests carry no ambient credentials and need neither.
 */
export function authenticate(db: Db, adminToken: string, config: PublicOriginSettings & { now: () => number }): MiddlewareHandler {
  return async (c, next) => {
    const header = c.req.header('authorization');
    if (header) {
      c.set('principal', bearerPrincipal(db, header, adminToken, config.now()));
      return next();
    }
    const session = currentSession(c, db, config.now());
    if (!session) {
      throw new ApiError(401, 'unauthorized', 'Sign in, or send the admin token or an API token as a bearer token.');
    }
    if (!SAFE_METHODS.has(c.req.method)) requireSameSiteWrite(c, session.value, config);
    c.set('principal', { role: session.role, userId: session.userId, email: session.email, via: 'session' });
    return next();
  };
}
