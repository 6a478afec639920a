import type { Role } from '../../shared/roles.ts';
import { newApiTokenSecret } from '../src/auth/apiTokenSecret.ts';
import { hashPassword } from '../src/auth/passwordHash.ts';
import { sha256 } from '../src/auth/sha256.ts';
import type { Db } from '../src/db/openDatabase.ts';
import { insertApiToken } from '../src/db/queries/accounts/insertApiToken.ts';
import { insertUser } from '../src/db/queries/accounts/insertUser.ts';
import { replaceSiteGrants } from '../src/db/queries/accounts/replaceSiteGrants.ts';
import type { UserRow } from '../src/db/queries/accounts/userRow.ts';
import type { testApp } from './testApp.ts';
import { TEST_NOW } from '../../tests/clock/testInstants.ts';

type App = ReturnType<typeof testApp>['app'];

export const PASSWORD = 'correct horse battery staple';
/** The cheapest cost the verifier accepts: tests make many accounts. */
const FAST_COST = { ln: 10, r: 8, p: 1 };
/** Where in-process requests say they come from (app.request's default URL). */
export const DASHBOARD_ORIGIN = 'http://localhost';

/** An account; members and viewers see the sites in `sites` (by id) and no other. */
export async function addTestUser(db: Db, email: string, role: Role, password = PASSWORD, sites: number[] = []): Promise<UserRow> {
  const user = insertUser(db, { email, passwordHash: await hashPassword(password, FAST_COST), role }, TEST_NOW);
  replaceSiteGrants(db, user.id, sites);
  return user;
}

export function addTestApiToken(db: Db, userId: number, name = 'script'): string {
  const token = newApiTokenSecret();
  insertApiToken(db, userId, name, sha256(token), TEST_NOW);
  return token;
}

export interface TestSession {
  /** The Cookie header a browser would send: the session and the CSRF cookie. */
  cookie: string;
  csrf: string;
}

/** The cookies a sign-in (or password change) set, as a browser would send them back. */
export function sessionFrom(res: Response): TestSession {
  const pairs = res.headers.getSetCookie().map((line) => line.split(';')[0]!);
  const csrf = pairs.find((pair) => pair.startsWith('tp_csrf='))?.slice('tp_csrf='.length) ?? '';
  return { cookie: pairs.join('; '), csrf };
}

export async function signIn(app: App, body: Record<string, string>, headers: Record<string, string> = {}): Promise<Response> {
  return app.request('/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: DASHBOARD_ORIGIN, ...headers },
    body: JSON.stringify(body),
  });
}

export async function sessionAs(app: App, email: string, password = PASSWORD): Promise<TestSession> {
  const res = await signIn(app, { email, password });
  if (res.status !== 200) throw new Error(`sign-in as ${email} answered ${res.status}: ${await res.text()}`);
  return sessionFrom(res);
}

/** Headers of a dashboard write: cookies, same origin, the CSRF header. */
export function dashboardWrite(session: TestSession): Record<string, string> {
  return { cookie: session.cookie, origin: DASHBOARD_ORIGIN, 'x-csrf-token': session.csrf, 'content-type': 'application/json' };
}
