import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROUTE_ROLES } from '../src/auth/routeRoles.ts';
import { createApp } from '../src/app.ts';
import { migrate } from '../src/db/migrate.ts';
import { MIGRATIONS } from '../src/db/migrations/index.ts';
import { SITE_MEMBERS_SQL } from '../src/db/migrations/013-siteMembers.ts';
import { openDatabase } from '../src/db/openDatabase.ts';
import { createSite } from '../src/db/queries/sites/createSite.ts';
import { addTestApiToken, addTestUser, PASSWORD, sessionAs, type TestSession } from './accounts.ts';
import { TOKEN, testApp } from './testApp.ts';
import { TEST_NOW } from '../../tests/clock/testInstants.ts';

// Members and viewers see only the sites an admin gave them; every route of a
// site answers a site they were not given exactly as it answers a site that does
// not exist, so a key is never confirmed.

/** Sites made here come a minute after testApp's own. */
const NOW = TEST_NOW + 60_000;
const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const json = (body: unknown) => JSON.stringify(body);
/** Lists of sites are compared in key order: which came first is not what these tests are about. */
const sorted = (keys: string[]) => [...keys].sort();

/** Every route of one site, from the route table (which routeRoles.test.ts checks against the app). */
const siteRoutes = Object.keys(ROUTE_ROLES)
  .filter((key) => /^\S+ \/api\/sites\/:siteKey(\/|$)/.test(key))
  .map((key) => {
    const [method, path] = key.split(' ') as [string, string];
    return { key, method, path };
  });

const t = testApp();
const given = t.site;
const other = createSite(t.db, { name: 'Other shop', origins: ['https://other.example'] }, NOW);
const tokens = {} as Record<'viewer' | 'member' | 'admin', string>;
let viewerSession: TestSession;

/** The route's URL for a site: ids that match nothing, so no write changes anything that exists. */
function urlFor(path: string, siteKey: string): string {
  return path.replace(':siteKey', siteKey).replace(/:[A-Za-z]+/g, '424242');
}

function call(method: string, path: string, siteKey: string, token: string) {
  return t.app.request(urlFor(path, siteKey), {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: WRITES.has(method) ? '{}' : undefined,
  });
}

beforeAll(async () => {
  for (const role of ['viewer', 'member', 'admin'] as const) {
    // The admin is given nothing, to show that an admin needs no grant.
    const user = await addTestUser(t.db, `${role}@team.example`, role, PASSWORD, role === 'admin' ? [] : [given.id]);
    tokens[role] = addTestApiToken(t.db, user.id);
  }
  viewerSession = await sessionAs(t.app, 'viewer@team.example');
});

describe('every route of a site', () => {
  it('finds the routes it checks', () => {
    expect(siteRoutes.length).toBeGreaterThanOrEqual(30);
    expect(siteRoutes.map((r) => r.key)).toEqual(
      expect.arrayContaining(['PATCH /api/sites/:siteKey', 'GET /api/sites/:siteKey/export.csv', 'GET /api/sites/:siteKey/survey-answers.ndjson']),
    );
  });

  describe.each(siteRoutes)('$key', ({ method, path }) => {
    it.each(['viewer', 'member'] as const)('answers a %s who was not given the site as if it did not exist', async (role) => {
      const refused = await call(method, path, other.key, tokens[role]);
      const missing = await call(method, path, 'site_nosuchsite', tokens[role]);
      expect(refused.status).toBe(404);
      expect(missing.status).toBe(404);
      const body = await refused.json();
      expect(body).toEqual({ error: { code: 'unknown_site', message: `No site with key ${other.key}.` } });
      expect(JSON.stringify(body).replace(other.key, 'KEY')).toBe(JSON.stringify(await missing.json()).replace('site_nosuchsite', 'KEY'));
    });

    it.each(['viewer', 'member'] as const)('lets a %s who was given the site reach the route (their role decides the rest)', async (role) => {
      const res = await call(method, path, given.key, tokens[role]);
      if (res.status === 404) expect((await res.json()).error.code).not.toBe('unknown_site');
    });

    it('lets an admin reach it on any site without a grant', async () => {
      const res = await call(method, path, other.key, tokens.admin);
      expect([401, 403]).not.toContain(res.status);
      if (res.status === 404) expect((await res.json()).error.code).not.toBe('unknown_site');
    });
  });
});

describe('GET /api/sites', () => {
  it('lists only the sites given to a member or viewer, and every site to an admin', async () => {
    const keys = async (headers: Record<string, string>) =>
      ((await (await t.app.request('/api/sites', { headers })).json()) as { sites: { key: string }[] }).sites.map((s) => s.key).sort();
    expect(await keys({ authorization: `Bearer ${tokens.viewer}` })).toEqual([given.key]);
    expect(await keys({ cookie: viewerSession.cookie })).toEqual([given.key]);
    expect(await keys({ authorization: `Bearer ${tokens.member}` })).toEqual([given.key]);
    expect(await keys({ authorization: `Bearer ${tokens.admin}` })).toEqual(sorted([given.key, other.key]));
    expect(await keys({ authorization: `Bearer ${TOKEN}` })).toEqual(sorted([given.key, other.key]));
  });
});

describe('exports', () => {
  it("never give a viewer the contact e-mails of a site they were not given", async () => {
    const app = testApp();
    const hidden = createSite(app.db, { name: 'Hidden', origins: ['https://hidden.example'] }, NOW);
    const imported = (id: string, email: string) => ({
      type: 'page_rating', id, rating: 2, path: '/checkout', comment: 'Call me', createdAt: '2026-03-01T12:00:00Z',
      contact: { email, consent: true },
    });
    for (const [site, row] of [[app.site, imported('resp_given_1', 'seen@shopper.example')], [hidden, imported('resp_hidden_1', 'secret@shopper.example')]] as const) {
      const res = await app.admin(`/api/sites/${site.key}/import`, { method: 'POST', body: json({ responses: [row] }) });
      expect(res.status).toBe(201);
    }
    const viewer = await addTestUser(app.db, 'vic@team.example', 'viewer', PASSWORD, [app.site.id]);
    const session = await sessionAs(app.app, viewer.email);
    for (const file of ['export.csv', 'export.ndjson', 'survey-answers.csv', 'survey-answers.ndjson']) {
      const refused = await app.app.request(`/api/sites/${hidden.key}/${file}`, { headers: { cookie: session.cookie } });
      expect(refused.status, file).toBe(404);
      expect(await refused.text()).not.toContain('secret@shopper.example');
    }
    const allowed = await app.app.request(`/api/sites/${app.site.key}/export.csv`, { headers: { cookie: session.cookie } });
    expect(allowed.status).toBe(200);
    const csv = await allowed.text();
    expect(csv).toContain('seen@shopper.example');
    expect(csv).not.toContain('secret@shopper.example');
  });
});

describe('PUT /api/users/:id/sites', () => {
  async function team() {
    const app = testApp();
    const second = createSite(app.db, { name: 'Second', origins: ['https://second.example'] }, NOW);
    const viewer = await addTestUser(app.db, 'vic@team.example', 'viewer', PASSWORD, [app.site.id]);
    const session = await sessionAs(app.app, viewer.email);
    const summary = (key: string) => app.app.request(`/api/sites/${key}/summary`, { headers: { cookie: session.cookie } });
    const grant = (sites: unknown, headers: Record<string, string> = {}) =>
      app.admin(`/api/users/${viewer.id}/sites`, { method: 'PUT', body: json({ sites }), headers });
    return { ...app, second, viewer, summary, grant };
  }

  it('gives and takes sites, applied on the next request of an open session, and lists them in GET /api/users', async () => {
    const { admin, site, second, summary, grant } = await team();
    expect((await summary(second.key)).status).toBe(404);

    const given = await grant([site.key, second.key]);
    expect(given.status).toBe(200);
    const user = (await given.json()) as { email: string; role: string; sites: string[] };
    expect(user).toMatchObject({ email: 'vic@team.example', role: 'viewer' });
    expect(sorted(user.sites)).toEqual(sorted([site.key, second.key]));
    expect((await summary(second.key)).status).toBe(200);
    const listed = (await (await admin('/api/users')).json()) as { users: { email: string; sites: string[] }[] };
    expect(listed.users.map((u) => [u.email, sorted(u.sites)])).toEqual([['vic@team.example', sorted([site.key, second.key])]]);

    expect((await grant([second.key])).status).toBe(200);
    expect((await summary(site.key)).status).toBe(404);
    expect((await summary(second.key)).status).toBe(200);
    expect((await grant([])).status).toBe(200);
    expect((await summary(second.key)).status).toBe(404);
  });

  it('refuses keys of no site and malformed bodies in the one error shape, changing nothing', async () => {
    const { site, summary, grant } = await team();
    const unknown = await grant([site.key, 'site_nosuchsite']);
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toEqual({
      error: { code: 'invalid_payload', message: expect.any(String), issues: [{ path: 'sites.1', message: expect.stringContaining('site_nosuchsite') }] },
    });
    for (const bad of ['site_1', [42], ['has space'], null]) {
      const res = await grant(bad);
      expect(res.status, JSON.stringify(bad)).toBe(400);
      expect((await res.json()).error.code).toBe('invalid_payload');
    }
    expect((await summary(site.key)).status).toBe(200);
  });

  it('is for admins only (not their API tokens), and answers 404 for an unknown user', async () => {
    const { app, db, site, admin } = await team();
    const member = await addTestUser(db, 'mo@team.example', 'member', PASSWORD, [site.id]);
    const putWith = (token: string) =>
      app.request(`/api/users/${member.id}/sites`, {
        method: 'PUT',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: json({ sites: [] }),
      });
    expect((await putWith(addTestApiToken(db, member.id))).status).toBe(403);
    // An admin's API token manages no accounts, so it cannot give itself or anyone sites either.
    const adminUser = await addTestUser(db, 'ana@team.example', 'admin');
    const byToken = await putWith(addTestApiToken(db, adminUser.id));
    expect(byToken.status).toBe(403);
    expect((await byToken.json()).error.message).toMatch(/API token cannot manage/);
    expect((await admin('/api/users/424242/sites', { method: 'PUT', body: json({ sites: [] }) })).status).toBe(404);
  });

  it("lets an API token act with its owner's sites", async () => {
    const { app, db, site, second, viewer, grant } = await team();
    const token = addTestApiToken(db, viewer.id);
    const read = (key: string) => app.request(`/api/sites/${key}/summary`, { headers: { authorization: `Bearer ${token}` } });
    expect((await read(site.key)).status).toBe(200);
    expect((await read(second.key)).status).toBe(404);
    await grant([second.key]);
    expect((await read(second.key)).status).toBe(200);
    expect((await read(site.key)).status).toBe(404);
  });
});

describe('upgrading to site access', () => {
  const siteAccess = MIGRATIONS.find((m) => m.sql === SITE_MEMBERS_SQL)!.version;

  it('gives every existing member and viewer every existing site, so nobody is locked out', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'tp-upgrade-')), 'touchpoint.db');
    const before = new Database(file);
    migrate(before, MIGRATIONS.filter((m) => m.version < siteAccess));
    const addUser = before.prepare("INSERT INTO users (email, password_hash, role, created_at) VALUES (?, 'x', ?, ?)");
    for (const [email, role] of [['ana@team.example', 'admin'], ['mo@team.example', 'member'], ['vic@team.example', 'viewer']]) addUser.run(email, role, NOW);
    const addSite = before.prepare("INSERT INTO sites (key, name, origins, created_at) VALUES (?, ?, '[]', ?)");
    addSite.run('site_one', 'One', NOW);
    addSite.run('site_two', 'Two', NOW + 1);
    before.close();

    const db = openDatabase(file);
    const grants = db.prepare('SELECT users.email, sites.key FROM site_members JOIN users ON users.id = user_id JOIN sites ON sites.id = site_id ORDER BY 1, 2').all();
    expect(grants).toEqual([
      { email: 'mo@team.example', key: 'site_one' },
      { email: 'mo@team.example', key: 'site_two' },
      { email: 'vic@team.example', key: 'site_one' },
      { email: 'vic@team.example', key: 'site_two' },
    ]);
    const app = createApp({ db, config: { adminToken: TOKEN, widgetDir: '/nonexistent', dashboardDir: '/nonexistent', secureCookies: false, now: () => NOW } });
    const viewerId = db.prepare("SELECT id FROM users WHERE email = 'vic@team.example'").pluck().get() as number;
    const token = addTestApiToken(db, viewerId);
    const sites = await (await app.request('/api/sites', { headers: { authorization: `Bearer ${token}` } })).json();
    expect(sites.sites.map((s: { key: string }) => s.key)).toEqual(['site_one', 'site_two']);
    // A site added after the upgrade is an admin's to give.
    createSite(db, { name: 'Three', origins: ['https://three.example'] }, NOW + 2);
    expect((await (await app.request('/api/sites', { headers: { authorization: `Bearer ${token}` } })).json()).sites).toHaveLength(2);
    db.close();
  });
});
