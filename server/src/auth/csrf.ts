import { createHmac } from 'node:crypto';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { ApiError } from '../http/ApiError.ts';
import { publicOrigin, type PublicOriginSettings } from '../http/publicOrigin.ts';
import { secretsMatch } from './sha256.ts';

// Double-submit CSRF token. The dashboard's script reads `tp_csrf` (not
// httpOnly) and sends it back as `X-CSRF-Token`; another site can make the
// browser send the cookies but can neither read nor set that header. The value
// is an HMAC of the session cookie, so a cookie planted by a sibling subdomain
// cannot be paired with a victim's session, and nothing needs storing.

export const CSRF_COOKIE = 'tp_csrf';
export const CSRF_HEADER = 'X-CSRF-Token';

export function csrfTokenFor(sessionValue: string): string {
  return createHmac('sha256', sessionValue).update('tp_csrf').digest('base64url');
}

export function setCsrfCookie(c: Context, sessionValue: string, secure: boolean, maxAgeSeconds: number): void {
  setCookie(c, CSRF_COOKIE, csrfTokenFor(sessionValue), { httpOnly: false, sameSite: 'Strict', secure, path: '/', maxAge: maxAgeSeconds });
}

export function clearCsrfCookie(c: Context): void {
  deleteCookie(c, CSRF_COOKIE, { path: '/' });
}

/**
 * A cookie-authenticated write must come from the dashboard's own (public)
 * origin and carry the CSRF token matching both the cookie and the session.
 */
export function requireSameSiteWrite(c: Context, sessionValue: string, settings: PublicOriginSettings): void {
  const origin = c.req.header('origin');
  if (!origin || origin !== publicOrigin(c, settings)) {
    throw new ApiError(403, 'forbidden', 'Cross-site request refused.');
  }
  const sent = c.req.header(CSRF_HEADER) ?? '';
  const cookie = getCookie(c, CSRF_COOKIE) ?? '';
  if (!sent || !secretsMatch(sent, cookie) || !secretsMatch(sent, csrfTokenFor(sessionValue))) {
    throw new ApiError(403, 'forbidden', 'The request has no valid CSRF token. Reload the page and try again.');
  }
}
