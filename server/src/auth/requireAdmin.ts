import type { MiddlewareHandler } from 'hono';
import type { Db } from '../db/openDatabase.ts';
import { ApiError } from '../http/ApiError.ts';
import { hasValidSession } from './sessionCookie.ts';
import { secretsMatch } from './sha256.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * `/api/*` accepts the admin token as a bearer token (automation) or a signed-in
 * dashboard session. Cookie-authenticated writes must come from the dashboard's
 * own origin, so another site cannot make a signed-in browser change anything.
 */
export function requireAdmin(db: Db, adminToken: string): MiddlewareHandler {
  return async (c, next) => {
    const header = c.req.header('authorization');
    if (header) {
      const match = /^Bearer\s+(.+)$/i.exec(header);
      if (!match || !secretsMatch(match[1]!.trim(), adminToken)) {
        throw new ApiError(401, 'unauthorized', 'The bearer token is not valid.');
      }
      return next();
    }
    if (!hasValidSession(c, db)) {
      throw new ApiError(401, 'unauthorized', 'Sign in, or send the admin token as a bearer token.');
    }
    if (!SAFE_METHODS.has(c.req.method)) {
      const origin = c.req.header('origin');
      if (!origin || origin !== new URL(c.req.url).origin) {
        throw new ApiError(403, 'forbidden', 'Cross-site request refused.');
      }
    }
    return next();
  };
}
