import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { hasRole, ROLES, type Role } from '../../shared/roles.ts';
import { everyRoute } from '../src/app.ts';
import { PUBLIC_API_ROUTES, ROUTE_ROLES } from '../src/auth/routeRoles.ts';
import { addTestApiToken, addTestUser, dashboardWrite, DASHBOARD_ORIGIN, PASSWORD, sessionAs, type TestSession } from './accounts.ts';
import { TOKEN, testApp } from './testApp.ts';

// Every /api route and dashboard page, read from the app itself: a route added
// without a rule in server/src/auth/routeRoles.ts fails here.

const dashboardDir = mkdtempSync(join(tmpdir(), 'tp-dashboard-'));
writeFileSync(join(dashboardDir, 'index.html'), '<!doctype html><div id="app"></div>');
const { app, db, site } = testApp({ dashboardDir });
// The routes loaded with the first request beyond /v1 (otherRoutes.ts) included.
const routes = await everyRoute(app);

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Routes that act on the caller's own account, which the admin token does not have. */
const ACCOUNT_ONLY = /^\/api\/me\/(password|tokens)/;
/** Routes that manage accounts: never with an API token (auth/refuseApiTokens.ts). */
const NO_API_TOKENS = /^\/api\/(me\/(password|tokens)|users)(\/|$)/;

const apiRoutes = [
  ...new Set(routes.filter((r) => r.path.startsWith('/api/') && r.method !== 'ALL').map((r) => `${r.method} ${r.path}`)),
].filter((key) => !PUBLIC_API_ROUTES.has(key)).map((key) => {
  const [method, path] = key.split(' ') as [string, string];
  return { key, method, path };
});

/** A concrete URL for a route pattern: the test site, and ids that match nothing. */
function urlFor(path: string): string {
  return path.replace(':siteKey', site.key).replace(/:[A-Za-z]+/g, '424242');
}

function call(method: string, path: string, headers: Record<string, string> = {}) {
  return app.request(urlFor(path), {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    body: WRITES.has(method) ? '{}' : undefined,
  });
}

const bearers = {} as Record<Role, string>;
const sessions = {} as Record<Role, TestSession>;

beforeAll(async () => {
  for (const role of ROLES) {
    const user = await addTestUser(db, `${role}@team.example`, role, PASSWORD, [site.id]);
    bearers[role] = addTestApiToken(db, user.id);
    sessions[role] = await sessionAs(app, user.email);
  }
});

describe('the route table', () => {
  it('finds the routes it checks', () => {
    expect(apiRoutes.length).toBeGreaterThanOrEqual(25);
    expect(apiRoutes.map((r) => r.key)).toContain('GET /api/sites/:siteKey/summary');
  });

  it('gives every /api route a rule, and has no rule for a route that does not exist', () => {
    const keys = apiRoutes.map((r) => r.key);
    expect(keys.filter((key) => !(key in ROUTE_ROLES)), 'routes without a rule in auth/routeRoles.ts').toEqual([]);
    expect(Object.keys(ROUTE_ROLES).filter((key) => !keys.includes(key)), 'rules for routes that do not exist').toEqual([]);
  });

  it('lets viewers read everything and change nothing', () => {
    // Except the team and the webhooks: a Slack or webhook URL is itself a credential.
    const adminReads = /^GET \/api\/(users|sites\/:siteKey\/(webhooks|imports|import-mappings))/;
    for (const { key, method } of apiRoutes) {
      if (method === 'GET' && !adminReads.test(key)) expect(ROUTE_ROLES[key], key).toBe('viewer');
    }
    const viewerWrites = apiRoutes.filter((r) => WRITES.has(r.method) && ROUTE_ROLES[r.key] === 'viewer').map((r) => r.key);
    expect(viewerWrites.every((key) => key.includes('/api/me/')), viewerWrites.join(', ')).toBe(true);
  });
});

describe.each(apiRoutes)('$key', ({ key, method, path }) => {
  const need = ROUTE_ROLES[key] ?? 'admin';

  it('answers 401 without credentials, and with a wrong or revoked-looking token', async () => {
    const attempts: Record<string, string>[] = [{}, { authorization: 'Bearer wrong' }, { authorization: 'Bearer tp_pat_unknown' }, { cookie: 'tp_session=forged' }];
    for (const headers of attempts) {
      const res = await call(method, path, headers);
      expect(res.status, JSON.stringify(headers)).toBe(401);
      expect((await res.json()).error.code).toBe('unauthorized');
    }
  });

  it(`needs the ${need} role (API tokens of each role)`, async () => {
    if (NO_API_TOKENS.test(path)) {
      for (const role of ROLES) {
        const res = await call(method, path, { authorization: `Bearer ${bearers[role]}` });
        expect(res.status, `${role}'s API token should be refused`).toBe(403);
        // Below the role, the role check refuses first.
        expect((await res.json()).error.message).toMatch(hasRole(role, need) ? /API token cannot/ : need);
      }
      return;
    }
    for (const role of ROLES) {
      const res = await call(method, path, { authorization: `Bearer ${bearers[role]}` });
      if (hasRole(role, need)) {
        expect([401, 403], `${role} should be let through, got ${res.status}`).not.toContain(res.status);
      } else {
        expect(res.status, `${role} should be refused`).toBe(403);
        expect((await res.json()).error).toMatchObject({ code: 'forbidden', message: expect.stringContaining(need) });
      }
    }
  });

  it('lets the admin token through as an admin', async () => {
    const res = await call(method, path, { authorization: `Bearer ${TOKEN}` });
    if (ACCOUNT_ONLY.test(path)) {
      expect(res.status).toBe(403);
      expect((await res.json()).error.message).toMatch(/no account/);
    } else {
      expect([401, 403]).not.toContain(res.status);
    }
  });

  if (WRITES.has(method)) {
    it('refuses a cookie-authenticated write without the CSRF token, and from another origin', async () => {
      const session = sessions.admin;
      const without = await call(method, path, { cookie: session.cookie, origin: DASHBOARD_ORIGIN });
      expect(without.status).toBe(403);
      expect((await without.json()).error.message).toMatch(/CSRF/);
      const wrong = await call(method, path, { ...dashboardWrite(session), 'x-csrf-token': sessions.viewer.csrf });
      expect(wrong.status).toBe(403);
      const crossSite = await call(method, path, { ...dashboardWrite(session), origin: 'https://evil.example' });
      expect(crossSite.status).toBe(403);
    });

    it('accepts it with the CSRF token, then applies the role', async () => {
      const allowed = await call(method, path, dashboardWrite(sessions.admin));
      expect([401, 403]).not.toContain(allowed.status);
      const viewer = await call(method, path, dashboardWrite(sessions.viewer));
      if (need === 'viewer') expect([401, 403]).not.toContain(viewer.status);
      else expect(viewer.status).toBe(403);
    });
  } else {
    it('reads with the session cookie alone (no CSRF token needed to read), for the roles allowed only', async () => {
      for (const role of ROLES) {
        const res = await call(method, path, { cookie: sessions[role].cookie });
        if (hasRole(role, need)) expect([401, 403], role).not.toContain(res.status);
        else expect(res.status, role).toBe(403);
      }
    });
  }
});

describe('dashboard pages', () => {
  const PAGE_ROLES: Record<string, Role> = { '/team': 'admin', '/webhooks': 'admin', '/import': 'admin' };
  const pages = [
    ...new Set(
      routes
        .filter((r) => r.method === 'GET' && !/^\/(api|auth|v1|assets|w|s|r)(\/|$)|^\/(tp|touchpoint-api)\.js$|^\/touchpoint\.d\.ts$|^\/login$|\*/.test(r.path))
        .map((r) => r.path),
    ),
  ];

  it('finds the pages it checks', () => {
    expect(pages).toEqual(expect.arrayContaining(['/', '/journeys', '/fix-first', '/team', '/api-tokens', '/password']));
  });

  it.each(pages)('%s sends a visitor without a session to sign in', async (page) => {
    const res = await app.request(page);
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toMatch(/^\/login/);
  });

  it.each(pages)('%s serves the app to the roles it is for, and a 403 to the others', async (page) => {
    const need = PAGE_ROLES[page] ?? 'viewer';
    for (const role of ROLES) {
      const res = await app.request(page, { headers: { cookie: sessions[role].cookie } });
      expect(res.status, role).toBe(hasRole(role, need) ? 200 : 403);
      expect(await res.text()).toContain('<div id="app">');
    }
  });
});
