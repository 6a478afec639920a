import { randomBytes } from 'node:crypto';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Role } from '../../../shared/roles.ts';
import type { Db } from '../db/openDatabase.ts';
import { findSession } from '../db/queries/accounts/findSession.ts';
import { deleteSession, insertSession } from '../db/queries/accounts/sessions.ts';
import { clearCsrfCookie, setCsrfCookie } from './csrf.ts';
import { sha256 } from './sha256.ts';

export const SESSION_COOKIE = 'tp_session';
const SESSION_TTL_MS = 7 * 24 * 3600 * 1000;

/** `userId` null: a session opened with the admin token. Sets the CSRF cookie that goes with it. */
export function startSession(c: Context, db: Db, secure: boolean, now: number, userId: number | null = null): void {
  const value = randomBytes(32).toString('base64url');
  insertSession(db, sha256(value), now, SESSION_TTL_MS, userId);
  setCookie(c, SESSION_COOKIE, value, {
    httpOnly: true,
    sameSite: 'Strict',
    secure,
    path: '/',
    maxAge: SESSION_TTL_MS / 1000,
  });
  setCsrfCookie(c, value, secure, SESSION_TTL_MS / 1000);
}

/** Sessions from before the CSRF cookie existed get it when the dashboard page loads. */
export function refreshCsrfCookie(c: Context, session: Session, secure: boolean): void {
  setCsrfCookie(c, session.value, secure, SESSION_TTL_MS / 1000);
}

export interface Session {
  /** The cookie value, which the CSRF token is derived from. */
  value: string;
  userId: number | null;
  email: string | null;
  role: Role;
}

/** The request's live session; undefined when there is none, it expired, or its user is disabled or gone. */
export function currentSession(c: Context, db: Db, now: number): Session | undefined {
  const value = getCookie(c, SESSION_COOKIE);
  if (!value) return undefined;
  const row = findSession(db, sha256(value), now);
  if (!row) return undefined;
  if (row.user_id === null) return { value, userId: null, email: null, role: 'admin' };
  if (row.role === null || row.disabled !== 0) return undefined;
  return { value, userId: row.user_id, email: row.email, role: row.role };
}

export function endSession(c: Context, db: Db): void {
  const value = getCookie(c, SESSION_COOKIE);
  if (value) deleteSession(db, sha256(value));
  deleteCookie(c, SESSION_COOKIE, { path: '/' });
  clearCsrfCookie(c);
}
