import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { errorBodySchema } from '../../shared/schemas/error.ts';
import { commentsPageSchema, themesSchema } from '../../shared/schemas/themes.ts';
import { DEFAULT_ROUTING, DEFAULT_TEAMS } from '../../shared/defaultRouting.ts';
import { createApp, everyRoute } from '../src/app.ts';
import { openDatabase, type Db } from '../src/db/openDatabase.ts';
import { createSite } from '../src/db/queries/sites/createSite.ts';
import { groupCommit } from '../src/ingest/groupCommit.ts';
import { signLink } from '../src/mail/signedLink.ts';
import { addTestApiToken, addTestUser, dashboardWrite, PASSWORD, sessionAs, type TestSession } from './accounts.ts';
import { SHOP_MAP } from './insightFixtures.ts';
import { CALL_CENTRE, dmy, HEADER } from './import/importFixture.ts';
import { CHECKOUT } from './journeyFixtures.ts';
import { mountSmallDisk } from './smallDisk.ts';
import { CHECKOUT_SURVEY, NPS_SURVEY } from './surveyFixtures.ts';
import { rating, SHOP_ORIGIN, TOKEN } from './testApp.ts';
import { TEST_NOW } from '../../tests/clock/testInstants.ts';

// Every route that writes, on a real full disk (a tmpfs filled to the last
// block): each answers 503 with Retry-After, and the database afterwards is
// exactly what it was. The routes are read from the app, so a new write route
// fails here until it has a request below.

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
let testEventId = '';
/** An uploaded call-centre file, for the import routes. */
let importId = '';
const disk = mountSmallDisk(16);
const db = openDatabase(join(disk.dir, 'touchpoint.db'));
/** The collector's clock: moved to the next day before the disk fills, so the first response needs a new visitor salt file too. */
let clock = TEST_NOW;
const app = createApp({ db, config: { adminToken: TOKEN, widgetDir: '/x', dashboardDir: '/x', secureCookies: false, now: () => clock } });
// The routes loaded with the first request beyond /v1 (otherRoutes.ts) included.
const routes = await everyRoute(app);
const site = createSite(db, { name: 'Shop', origins: [SHOP_ORIGIN] }, TEST_NOW);
const otherSite = createSite(db, { name: 'Outlet', origins: ['https://outlet.example'] }, TEST_NOW);

afterAll(() => {
  db.close();
  disk.unmount();
});

const admin = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' };
const json = (body: unknown) => JSON.stringify(body);

/** What the requests below act on, made while the disk has room. */
interface Fixture {
  bearer: Record<string, string>;
  member: { id: number; tokenId: number };
  leaver: { id: number };
  tokenToRevoke: number;
  sessions: Record<'tokens' | 'password' | 'logout' | 'everywhere', TestSession>;
}
let fx: Fixture;

/** One request per write route, each of which stores something when the disk has room. */
const fdCampaign = (slug: string) => ({ slug, name: slug, survey: NPS_SURVEY.key, messages: { en: { subject: 'How did we do?', intro: 'One click.' } }, defaultLang: 'en' });

const REQUESTS: Record<string, () => [path: string, init: RequestInit]> = {
  'POST /v1/responses': () => [
    '/v1/responses',
    { method: 'POST', headers: { 'content-type': 'text/plain', origin: SHOP_ORIGIN }, body: json(rating(site.key, { id: 'full_disk_rating', comment: 'Delivery was late' })) },
  ],
  'POST /v1/surveys/:siteKey/:survey/answers': () => [
    `/v1/surveys/${site.key}/${CHECKOUT_SURVEY.key}/answers`,
    { method: 'POST', headers: { 'content-type': 'application/json' }, body: json({ type: 'survey_answer', id: 'full_disk_hosted', question: 'satisfaction', value: 4, path: '/s/x', channel: 'store' }) },
  ],
  'POST /api/me/tokens': () => ['/api/me/tokens', { method: 'POST', headers: dashboardWrite(fx.sessions.tokens), body: json({ name: 'nightly export' }) }],
  'DELETE /api/me/tokens/:id': () => [`/api/me/tokens/${fx.tokenToRevoke}`, { method: 'DELETE', headers: dashboardWrite(fx.sessions.tokens) }],
  'POST /api/me/password': () => [
    '/api/me/password',
    { method: 'POST', headers: dashboardWrite(fx.sessions.password), body: json({ current: PASSWORD, next: 'another long passphrase' }) },
  ],
  'POST /api/users': () => ['/api/users', { method: 'POST', headers: admin, body: json({ email: 'new@team.example', password: PASSWORD, role: 'viewer' }) }],
  'PATCH /api/users/:id': () => [`/api/users/${fx.member.id}`, { method: 'PATCH', headers: admin, body: json({ role: 'viewer' }) }],
  'DELETE /api/users/:id': () => [`/api/users/${fx.leaver.id}`, { method: 'DELETE', headers: admin }],
  'PUT /api/users/:id/sites': () => [`/api/users/${fx.member.id}/sites`, { method: 'PUT', headers: admin, body: json({ sites: [otherSite.key] }) }],
  'DELETE /api/users/:id/tokens/:tokenId': () => [`/api/users/${fx.member.id}/tokens/${fx.member.tokenId}`, { method: 'DELETE', headers: admin }],
  'POST /api/sites': () => ['/api/sites', { method: 'POST', headers: admin, body: json({ name: 'Third', origins: ['https://third.example'] }) }],
  'POST /api/sites/:siteKey/import': () => [
    `/api/sites/${site.key}/import`,
    { method: 'POST', headers: admin, body: json({ responses: [{ type: 'page_rating', id: 'full_disk_import', rating: 2, path: '/', comment: 'Slow checkout', createdAt: new Date(TEST_NOW - 86_400_000).toISOString() }] }) },
  ],
  'POST /api/sites/:siteKey/imports': () => [
    `/api/sites/${site.key}/imports?name=calls.csv`,
    { method: 'POST', headers: { ...admin, 'content-type': 'text/csv' }, body: CALLS_CSV },
  ],
  'POST /api/sites/:siteKey/imports/:id/start': () => [
    `/api/sites/${site.key}/imports/${importId}/start`,
    { method: 'POST', headers: admin, body: json({ mappingName: 'Call centre', mode: 'all-or-nothing' }) },
  ],
  'PUT /api/sites/:siteKey/import-mappings/:name': () => [`/api/sites/${site.key}/import-mappings/Store%20survey`, { method: 'PUT', headers: admin, body: json({ mapping: CALL_CENTRE }) }],
  'DELETE /api/sites/:siteKey/import-mappings/:name': () => [`/api/sites/${site.key}/import-mappings/Old%20export`, { method: 'DELETE', headers: admin }],
  'PUT /api/sites/:siteKey/journeys/:journey': () => [
    `/api/sites/${site.key}/journeys/returns`,
    { method: 'PUT', headers: admin, body: json({ ...CHECKOUT, key: 'returns', name: 'Returns' }) },
  ],
  'DELETE /api/sites/:siteKey/journeys/:journey': () => [`/api/sites/${site.key}/journeys/checkout`, { method: 'DELETE', headers: admin }],
  'PATCH /api/sites/:siteKey': () => [`/api/sites/${site.key}`, { method: 'PATCH', headers: admin, body: json({ retentionDays: 30 }) }],
  'POST /api/sites/:siteKey/webhooks': () => [`/api/sites/${site.key}/webhooks`, { method: 'POST', headers: admin, body: json({ url: 'https://93.184.215.14/hook', events: ['feedback.created'] }) }],
  'PATCH /api/sites/:siteKey/webhooks/:id': () => [`/api/sites/${site.key}/webhooks/1`, { method: 'PATCH', headers: admin, body: json({ includeText: false }) }],
  'POST /api/sites/:siteKey/webhooks/:id/rotate-secret': () => [`/api/sites/${site.key}/webhooks/1/rotate-secret`, { method: 'POST', headers: admin }],
  'POST /api/sites/:siteKey/webhooks/:id/test': () => [`/api/sites/${site.key}/webhooks/1/test`, { method: 'POST', headers: admin }],
  'POST /api/sites/:siteKey/webhooks/:id/replay': () => [`/api/sites/${site.key}/webhooks/1/replay`, { method: 'POST', headers: admin, body: json({ eventIds: [testEventId] }) }],
  // Webhook 2: the other routes need webhook 1.
  'DELETE /api/sites/:siteKey/webhooks/:id': () => [`/api/sites/${site.key}/webhooks/2`, { method: 'DELETE', headers: admin }],
  'DELETE /api/sites/:siteKey/responses/:id': () => [`/api/sites/${site.key}/responses/resp_kept_1`, { method: 'DELETE', headers: admin }],
  'DELETE /api/sites/:siteKey/responses': () => [
    `/api/sites/${otherSite.key}/responses?confirm=${otherSite.key}`,
    { method: 'DELETE', headers: admin },
  ],
  'PUT /api/sites/:siteKey/touchpoints': () => [`/api/sites/${site.key}/touchpoints`, { method: 'PUT', headers: admin, body: json(SHOP_MAP) }],
  'PUT /api/sites/:siteKey/surveys/:survey': () => [`/api/sites/${site.key}/surveys/${NPS_SURVEY.key}`, { method: 'PUT', headers: admin, body: json(NPS_SURVEY) }],
  'PATCH /api/sites/:siteKey/surveys/:survey': () => [
    `/api/sites/${site.key}/surveys/${CHECKOUT_SURVEY.key}`,
    { method: 'PATCH', headers: admin, body: json({ status: 'paused' }) },
  ],
  'DELETE /api/sites/:siteKey/surveys/:survey': () => [`/api/sites/${site.key}/surveys/${CHECKOUT_SURVEY.key}`, { method: 'DELETE', headers: admin }],
  'PUT /api/sites/:siteKey/survey-settings': () => [`/api/sites/${site.key}/survey-settings`, { method: 'PUT', headers: admin, body: json({ cooldownDays: 7 }) }],
  'PUT /api/sites/:siteKey/comments/:id/tags/:tag': () => [`/api/sites/${site.key}/comments/resp_kept_2/tags/tangibles`, { method: 'PUT', headers: admin }],
  'DELETE /api/sites/:siteKey/comments/:id/tags/:tag': () => [`/api/sites/${site.key}/comments/resp_kept_2/tags/reliability`, { method: 'DELETE', headers: admin }],
  'PUT /api/sites/:siteKey/comment-tags': () => [
    `/api/sites/${site.key}/comment-tags`,
    { method: 'PUT', headers: admin, body: json({ tags: [{ key: 'reliability', label: 'Reliability' }, { key: 'delivery', label: 'Delivery' }] }) },
  ],
  'PATCH /api/sites/:siteKey/cases/:id': () => [`/api/sites/${site.key}/cases/1`, { method: 'PATCH', headers: admin, body: json({ status: 'in_progress' }) }],
  'POST /api/sites/:siteKey/cases/bulk': () => [`/api/sites/${site.key}/cases/bulk`, { method: 'POST', headers: admin, body: json({ ids: [1], team: 'engineering' }) }],
  'POST /api/sites/:siteKey/cases/:id/notes': () => [`/api/sites/${site.key}/cases/1/notes`, { method: 'POST', headers: admin, body: json({ text: 'Called the bank' }) }],
  'POST /api/sites/:siteKey/cases/:id/reply': () => [`/api/sites/${site.key}/cases/1/reply`, { method: 'POST', headers: admin, body: json({ text: 'Fixed, sorry' }) }],
  'POST /api/sites/:siteKey/problems/resolve': () => [
    `/api/sites/${site.key}/problems/resolve`,
    { method: 'POST', headers: admin, body: json({ problem: 'page:/product/trail-jacket', text: 'We fixed it' }) },
  ],
  'PUT /api/sites/:siteKey/teams': () => [
    `/api/sites/${site.key}/teams`,
    { method: 'PUT', headers: admin, body: json({ teams: DEFAULT_TEAMS.map((team) => ({ ...team, firstResponseHours: 2 })) }) },
  ],
  'PUT /api/sites/:siteKey/routing-rules': () => [`/api/sites/${site.key}/routing-rules`, { method: 'PUT', headers: admin, body: json(DEFAULT_ROUTING) }],
  'PUT /api/sites/:siteKey/case-settings': () => [`/api/sites/${site.key}/case-settings`, { method: 'PUT', headers: admin, body: json({ ratingAtMost: 3 }) }],
  // Campaigns (fixture: fd-send with a recipient, fd-remind sent, fd-gone; an address on the suppression list).
  'POST /api/sites/:siteKey/campaigns': () => [`/api/sites/${site.key}/campaigns`, { method: 'POST', headers: admin, body: json(fdCampaign('fd-new')) }],
  'DELETE /api/sites/:siteKey/campaigns/:campaign': () => [`/api/sites/${site.key}/campaigns/fd-gone`, { method: 'DELETE', headers: admin }],
  'POST /api/sites/:siteKey/campaigns/:campaign/recipients': () => [
    `/api/sites/${site.key}/campaigns/fd-send/recipients`,
    { method: 'POST', headers: admin, body: json({ csv: 'email\nlater@customer.example\n' }) },
  ],
  'POST /api/sites/:siteKey/campaigns/:campaign/send': () => [`/api/sites/${site.key}/campaigns/fd-send/send`, { method: 'POST', headers: admin }],
  'POST /api/sites/:siteKey/campaigns/:campaign/remind': () => [`/api/sites/${site.key}/campaigns/fd-remind/remind`, { method: 'POST', headers: admin }],
  'POST /api/sites/:siteKey/suppressions': () => [`/api/sites/${site.key}/suppressions`, { method: 'POST', headers: admin, body: json({ email: 'no-more@customer.example' }) }],
  'DELETE /api/sites/:siteKey/suppressions/:email': () => [`/api/sites/${site.key}/suppressions/back%40customer.example`, { method: 'DELETE', headers: admin }],
  'POST /v1/mail/opt-out/:token': () => [
    `/v1/mail/opt-out/${signLink(db, { kind: 'opt-out', site: site.id, email: 'gone@example.com' })}`,
    { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' },
  ],
  'POST /auth/login': () => ['/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: json({ token: TOKEN }) }],
  'POST /auth/logout': () => ['/auth/logout', { method: 'POST', headers: dashboardWrite(fx.sessions.logout) }],
  // Last: it ends the member's sessions, the one above too.
  'POST /auth/logout-everywhere': () => ['/auth/logout-everywhere', { method: 'POST', headers: dashboardWrite(fx.sessions.everywhere) }],
};

/** POSTs that only compute (a routing dry run): they answer on a full disk as on any other. */
const READ_ONLY_POSTS = new Set(['POST /api/sites/:siteKey/routing-rules/dry-run', 'POST /api/sites/:siteKey/imports/:id/preview']);
const CALLS_CSV = [HEADER, `C-1,${dmy(2)},Call centre,Payment,2,Card refused,en,North`].join('\n');
const writeRoutes = [...new Set(routes.filter((r) => WRITES.has(r.method)).map((r) => `${r.method} ${r.path}`))].filter(
  (route) => !READ_ONLY_POSTS.has(route),
);

function call(route: string): Promise<Response> {
  const [path, init] = REQUESTS[route]!();
  return Promise.resolve(app.request(path, init));
}

/** Every row of every table, to compare the whole database before and after. */
function contents(database: Db): Record<string, string[]> {
  const tables = database.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[];
  const rows = (table: string) => database.prepare(`SELECT * FROM "${table}"`).all().map((row) => JSON.stringify(row)).sort();
  return Object.fromEntries(tables.map((table) => [table, rows(table)]));
}

/** Runs `check` with not one free block on the disk; the collector's storage errors are expected, not printed. */
async function onFullDisk(check: () => Promise<void>) {
  db.pragma('wal_checkpoint(TRUNCATE)');
  const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
  disk.fill();
  try {
    await check();
  } finally {
    disk.free();
    logged.mockRestore();
  }
}

async function expectStatus(res: Response, status: number, route: string) {
  expect(res.status, `${route}: ${res.status === status ? '' : await res.clone().text()}`).toBe(status);
}

beforeAll(async () => {
  const put = (path: string, body: unknown) => app.request(path, { method: 'PUT', headers: admin, body: json(body) });
  await put(`/api/sites/${site.key}/journeys/checkout`, CHECKOUT);
  await put(`/api/sites/${site.key}/surveys/${CHECKOUT_SURVEY.key}`, CHECKOUT_SURVEY);
  const post = (siteKey: string, origin: string, body: unknown) =>
    app.request('/v1/responses', { method: 'POST', headers: { 'content-type': 'text/plain', origin }, body: json(body) });
  await post(site.key, SHOP_ORIGIN, rating(site.key, { id: 'resp_kept_1', comment: 'Fine' }));
  await post(site.key, SHOP_ORIGIN, rating(site.key, { id: 'resp_kept_2', comment: 'The parcel arrived broken' }));
  await post(site.key, SHOP_ORIGIN, rating(site.key, { id: 'resp_kept_3', comment: 'Parcel came late' }));
  await post(otherSite.key, 'https://outlet.example', rating(otherSite.key, { id: 'resp_outlet', comment: 'ok' }));
  // Case 1, whose shopper asked to be answered.
  await post(site.key, SHOP_ORIGIN, rating(site.key, { id: 'resp_case_1', rating: 1, comment: 'Card refused', contact: { email: 'ann@example.com', consent: true } }));
  // What follows the commits (case 1 opened, the comments' terms) is done now, while the disk has room.
  groupCommit(db).drain();
  await app.request(`/api/sites/${site.key}/comments/resp_kept_2/tags/reliability`, { method: 'PUT', headers: admin });
  // Webhook 1, for the routes that change one (an address literal: no DNS lookup), with an event to replay.
  await expectStatus(await app.request(`/api/sites/${site.key}/webhooks`, { method: 'POST', headers: admin, body: json({ url: 'https://93.184.215.14/hook', events: ['case.created'] }) }), 201, 'webhook');
  await expectStatus(await app.request(`/api/sites/${site.key}/webhooks`, { method: 'POST', headers: admin, body: json({ url: 'https://93.184.215.14/two', events: ['case.created'] }) }), 201, 'webhook 2');
  // An uploaded file and two saved mappings, for the import routes.
  await put(`/api/sites/${site.key}/import-mappings/Call%20centre`, { mapping: CALL_CENTRE });
  await put(`/api/sites/${site.key}/import-mappings/Old%20export`, { mapping: CALL_CENTRE });
  const uploaded = await app.request(`/api/sites/${site.key}/imports?name=calls.csv`, { method: 'POST', headers: { ...admin, 'content-type': 'text/csv' }, body: CALLS_CSV });
  await expectStatus(uploaded, 201, 'upload');
  importId = ((await uploaded.json()) as { id: string }).id;
  const queued = await app.request(`/api/sites/${site.key}/webhooks/1/test`, { method: 'POST', headers: admin });
  testEventId = ((await queued.json()) as { eventIds: string[] }).eventIds[0]!;

  // Campaigns of a live survey: one to send, one sent (to remind), one to delete; an address to take off the suppression list.
  await put(`/api/sites/${site.key}/surveys/${NPS_SURVEY.key}`, NPS_SURVEY);
  const campaigns = `/api/sites/${site.key}/campaigns`;
  const postJson = (path: string, body?: unknown) => app.request(path, { method: 'POST', headers: admin, ...(body === undefined ? {} : { body: json(body) }) });
  for (const slug of ['fd-send', 'fd-remind', 'fd-gone']) await expectStatus(await postJson(campaigns, fdCampaign(slug)), 201, slug);
  await postJson(`${campaigns}/fd-send/recipients`, { csv: 'email\nfirst@customer.example\n' });
  await postJson(`${campaigns}/fd-remind/recipients`, { csv: 'email\nreminded@customer.example\n' });
  await expectStatus(await postJson(`${campaigns}/fd-remind/send`), 200, 'fd-remind sent');
  await expectStatus(await postJson(`/api/sites/${site.key}/suppressions`, { email: 'back@customer.example' }), 204, 'suppressed');

  const owner = await addTestUser(db, 'owner@team.example', 'member', PASSWORD, [site.id]); // reads and edits the shop
  const member = await addTestUser(db, 'member@team.example', 'member');
  const leaver = await addTestUser(db, 'leaver@team.example', 'viewer');
  addTestApiToken(db, member.id);
  const ownerToken = addTestApiToken(db, owner.id);
  addTestApiToken(db, owner.id, 'old script');
  const tokenIds = db.prepare('SELECT id FROM api_tokens ORDER BY id').pluck().all() as number[];
  fx = {
    bearer: { authorization: `Bearer ${ownerToken}`, 'content-type': 'application/json' },
    member: { id: member.id, tokenId: tokenIds[0]! },
    leaver: { id: leaver.id },
    tokenToRevoke: tokenIds[2]!,
    sessions: {
      tokens: await sessionAs(app, owner.email),
      password: await sessionAs(app, owner.email),
      logout: await sessionAs(app, member.email),
      everywhere: await sessionAs(app, member.email),
    },
  };
  // The API tokens' "last used" is stamped now, so a read with them writes nothing for a minute.
  await app.request('/api/me', { headers: fx.bearer });
});

describe('on a full disk', () => {
  it('has a request for every write route of the app', () => {
    expect(writeRoutes.length).toBeGreaterThanOrEqual(20);
    expect(writeRoutes.filter((route) => !(route in REQUESTS)), 'write routes without a request here').toEqual([]);
    expect(Object.keys(REQUESTS).filter((route) => !writeRoutes.includes(route)), 'requests for routes that do not exist').toEqual([]);
  });

  it('answers every write 503 with Retry-After, stores nothing, and each one stores once there is room again', { timeout: 30_000 }, async () => {
    const before = contents(db);
    clock = TEST_NOW + 86_400_000;
    await onFullDisk(async () => {
      for (const route of writeRoutes) {
        const res = await call(route);
        await expectStatus(res, 503, route);
        expect(Number(res.headers.get('retry-after')), route).toBeGreaterThan(0);
        expect(errorBodySchema.parse(await res.json()).error.code, route).toBe('unavailable');
      }
      // Reading still works on the full disk, and so does a routing dry run.
      await expectStatus(await app.request(`/api/sites/${site.key}/summary`, { headers: fx.bearer }), 200, 'summary');
      const dryRun = await app.request(`/api/sites/${site.key}/routing-rules/dry-run`, { method: 'POST', headers: admin, body: json(DEFAULT_ROUTING) });
      await expectStatus(dryRun, 200, 'dry run');
      const preview = await app.request(`/api/sites/${site.key}/imports/${importId}/preview`, { method: 'POST', headers: admin, body: json({ mappingName: 'Call centre' }) });
      await expectStatus(preview, 200, 'import preview');
    });
    expect(contents(db)).toEqual(before);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');

    // The same requests were real writes: with room, each one succeeds.
    for (const route of writeRoutes) {
      const res = await call(route);
      expect(res.status, `${route}: ${await res.clone().text()}`).toBeGreaterThanOrEqual(200);
      expect(res.status, route).toBeLessThan(300);
    }
    expect(contents(db)).not.toEqual(before);
  });

  it('answers the theme views from what is stored, writing nothing', async () => {
    const theme = encodeURIComponent('parcel');
    // The rows were stamped at TEST_NOW, which a range ending "now" leaves out.
    const range = `from=${new Date(TEST_NOW - 86_400_000).toISOString()}&to=${new Date(TEST_NOW + 3_600_000).toISOString()}`;
    await onFullDisk(async () => {
      const themes = await app.request(`/api/sites/${site.key}/themes?${range}`, { headers: admin });
      await expectStatus(themes, 200, 'themes');
      expect(themesSchema.parse(await themes.json()).themes.find((t) => t.term === 'parcel')).toMatchObject({ count: 2 });
      const comments = await app.request(`/api/sites/${site.key}/comments?${range}&theme=${theme}`, { headers: admin });
      await expectStatus(comments, 200, 'comments by theme');
      expect(commentsPageSchema.parse(await comments.json()).comments.map((c) => c.id).sort()).toEqual(['resp_kept_2', 'resp_kept_3']);
      await expectStatus(await app.request(`/api/sites/${site.key}/summary?${range}&theme=${theme}`, { headers: admin }), 200, 'summary by theme');
    });
  });
});
