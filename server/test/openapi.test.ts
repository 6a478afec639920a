import { beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { TEST_NOW } from '../../tests/clock/testInstants.ts';
import { everyRoute } from '../src/app.ts';
import type { ApiOperation } from '../src/openapi/apiOperation.ts';
import { SITE_KEY } from '../src/openapi/paths/examples.ts';
import { API_OPERATIONS } from '../src/openapi/paths/index.ts';
import { addTestUser, dashboardWrite, sessionAs, type TestSession } from './accounts.ts';
import { caseTestApp } from './cases/caseTestApp.ts';
import { rating, SHOP_ORIGIN } from './testApp.ts';

// The document is checked against the app itself: every route Hono has must
// have an entry, and every example an entry gives must be taken by its route.

// The webhook examples name a shop's host that tests do not resolve: the SSRF guard has its own tests.
const { app, db, site, collect, admin: asAdmin } = caseTestApp({ now: () => TEST_NOW, allowPrivateWebhooks: true });
// The routes loaded with the first request beyond /v1 (otherRoutes.ts) included.
const routes = await everyRoute(app);
/** The password of the account the examples run as: the change-password example's `current`. */
const EXAMPLE_PASSWORD = 'the old password';

interface OpenApiDoc {
  openapi: string;
  paths: Record<string, Record<string, { security?: unknown[]; responses: Record<string, unknown>; requestBody?: unknown; parameters: { name: string; in: string }[] }>>;
}

let doc: OpenApiDoc;
let session: TestSession;
let otherUserId: number;
/** A case a shopper who asked to be answered opened, and a destination: what `cases/:id` and `webhooks/:id` name. */
let caseId: number;
let webhookId: number;

beforeAll(async () => {
  const res = await app.request('/api/openapi.json');
  expect(res.status).toBe(200);
  doc = (await res.json()) as OpenApiDoc;
  const admin = await addTestUser(db, 'admin@team.example', 'admin', EXAMPLE_PASSWORD, []);
  session = await sessionAs(app, admin.email, EXAMPLE_PASSWORD);
  otherUserId = (await addTestUser(db, 'bo@team.example', 'viewer')).id;
  await collect(rating(site.key, { rating: 1, path: '/checkout/payment', comment: 'Timed out', contact: { email: 'a@example.com', consent: true } }));
  caseId = ((await (await asAdmin(`/api/sites/${site.key}/cases`)).json()) as { cases: { id: number }[] }).cases[0]!.id;
  const hook = await asAdmin(`/api/sites/${site.key}/webhooks`, { method: 'POST', body: JSON.stringify({ url: 'https://hooks.shop.example/a', events: ['case.created'] }) });
  webhookId = ((await hook.json()) as { id: number }).id;
});

const apiRoutes = [
  ...new Set(routes.filter((r) => /^\/(v1|api)\//.test(r.path) && r.method !== 'ALL').map((r) => `${r.method} ${r.path}`)),
];
const openApiPath = (path: string) => path.replace(/:([A-Za-z]+)/g, '{$1}');

/** The example as sent: the real site's key where the examples name theirs. */
function concrete<T>(value: T): T {
  return JSON.parse(JSON.stringify(value).replaceAll(SITE_KEY, site.key)) as T;
}

function urlFor(op: ApiOperation, query?: Record<string, string>): string {
  const path = op.path
    .replace(':siteKey', site.key)
    .replace(':journey', 'checkout')
    .replace(':survey', 'quarterly-nps')
    .replace(':tag', 'reliability')
    .replace(/(responses|comments)\/:id/, '$1/resp_8fK2qLm3Xz')
    .replace('cases/:id', `cases/${caseId}`)
    .replace('webhooks/:id', `webhooks/${webhookId}`)
    .replace(/:[A-Za-z]+/g, String(otherUserId));
  return query ? `${path}?${new URLSearchParams(concrete(query))}` : path;
}

function send(op: ApiOperation, body?: unknown, query?: Record<string, string>) {
  const isPublic = op.path.startsWith('/v1/');
  // A file upload (the import's CSV) is sent as the file, not as JSON.
  const fileType = !isPublic && op.body?.contentType ? op.body.contentType : undefined;
  if (fileType) {
    return app.request(urlFor(op, query), {
      method: op.method.toUpperCase(),
      headers: { 'content-type': fileType, ...dashboardWrite(session) },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  }
  return app.request(urlFor(op, query), {
    method: op.method.toUpperCase(),
    headers: isPublic
      ? { 'content-type': op.body?.contentType ?? 'application/json', origin: SHOP_ORIGIN }
      : { 'content-type': 'application/json', ...dashboardWrite(session) },
    body: body === undefined ? undefined : JSON.stringify(concrete(body)),
  });
}

function bodySchema(op: ApiOperation): z.ZodType {
  const schema = op.body!.schema;
  return typeof schema === 'function' ? schema(TEST_NOW) : schema;
}

describe('GET /api/openapi.json', () => {
  it('is public OpenAPI 3.1 with the one error shape', async () => {
    expect(doc.openapi).toBe('3.1.0');
    const summary = doc.paths['/api/sites/{siteKey}/summary']!.get!;
    expect(summary.security).toEqual([{ bearer: [] }, { session: [] }]);
    expect(summary.parameters.map((p) => `${p.in} ${p.name}`)).toEqual(expect.arrayContaining(['path siteKey', 'query from', 'query device']));
    expect(summary.responses['401']).toMatchObject({ content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } });
    expect(doc.paths['/v1/responses']!.post!.security).toBeUndefined();
    expect(JSON.stringify(doc.paths['/api/sites/{siteKey}/import']!.post!.requestBody)).toContain('"page_rating"');
  });

  it('has an entry for every /v1 and /api route the app has, and none for a route it lacks', () => {
    expect(apiRoutes.length).toBeGreaterThan(40);
    const documented = Object.entries(doc.paths).flatMap(([path, methods]) => Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`));
    const missing = apiRoutes.filter((key) => {
      const [method, path] = key.split(' ') as [string, string];
      return !documented.includes(`${method} ${openApiPath(path)}`);
    });
    expect(missing, 'routes without an entry in server/src/openapi/paths/').toEqual([]);
    const routes = apiRoutes.map((key) => {
      const [method, path] = key.split(' ') as [string, string];
      return `${method} ${openApiPath(path)}`;
    });
    expect(documented.filter((key) => !routes.includes(key)), 'entries for routes that do not exist').toEqual([]);
  });
});

/**
 * Deleting all of the site's data takes the case the case examples act on: it goes
 * late. The password change ends the session the others run in: it goes last.
 */
const LATE: Record<string, number> = { 'delete /api/sites/:siteKey/responses': 1, 'post /api/me/password': 2 };
const lastOfAll = (op: ApiOperation) => LATE[`${op.method} ${op.path}`] ?? 0;
const inOrder = [...API_OPERATIONS].sort((a, b) => lastOfAll(a) - lastOfAll(b));

describe.each(inOrder.map((op) => ({ key: `${op.method.toUpperCase()} ${op.path}`, op })))('$key', ({ op }) => {
  it('gives examples its own schema accepts, and its route takes them', async () => {
    if (op.query) {
      expect(op.query.schema.safeParse(concrete(op.query.example)).error).toBeUndefined();
    }
    if (op.body) {
      expect(bodySchema(op).safeParse(concrete(op.body.example)).error).toBeUndefined();
      if (!bodySchema(op).safeParse({}).success) {
        const empty = await send(op, {}, op.query?.example);
        expect(empty.status, 'the route validates its body').toBe(400);
      }
    }
    const res = await send(op, op.body?.example, op.query?.example);
    const answer = res.status === 400 ? await res.json() : undefined;
    expect(answer, 'the route refuses the example').toBeUndefined();
    expect(res.status).toBeLessThan(500);
    if (res.status < 300) expect(res.status).toBe(op.answer.status === 200 && res.status === 201 ? 201 : op.answer.status);
  });

  if (op.answer.schema) {
    it('describes what the route answers', async () => {
      const res = await send(op, op.body?.example, op.query?.example);
      if (res.status >= 300) return;
      expect(op.answer.schema!.safeParse(await res.json()).error).toBeUndefined();
    });
  }
});
