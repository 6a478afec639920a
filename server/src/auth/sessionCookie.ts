import { randomBytes } from 'node:crypto';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Db } from '../db/openDatabase.ts';
import { deleteSession, insertSession, isSessionValid } from '../db/queries/sessions.ts';
import { sha256 } from './sha256.ts';

export const SESSION_COOKIE = 'tp_session';
const SESSION_TTL_MS = 7 * 24 * 3600 * 1000;

export function startSession(c: Context, db: Db, secure: boolean): void {
  const value = randomBytes(32).toString('base64url');
  insertSession(db, sha256(value), Date.now(), SESSION_TTL_MS);
  setCookie(c, SESSION_COOKIE, value, {
    httpOnly: true,
    sameSite: 'Strict',
    secure,
    path: '/',
    maxAge: SESSION_TTL_MS / 1000,
  });
}

export function hasValidSession(c: Context, db: Db): boolean {
  const value = getCookie(c, SESSION_COOKIE);
  return !!value && isSessionValid(db, sha256(value), Date.now());
}

export function endSession(c: Context, db: Db): void {
  const value = getCookie(c, SESSION_COOKIE);
  if (value) deleteSession(db, sha256(value));
  deleteCookie(c, SESSION_COOKIE, { path: '/' });
}
