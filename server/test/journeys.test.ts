import { describe, expect, it } from 'vitest';
import { errorBodySchema } from '../../shared/schemas/error.ts';
import { DEFAULT_ABANDON_REASONS, journeyListSchema, journeySchema } from '../../shared/schemas/journey.ts';
import { siteConfigSchema } from '../../shared/schemas/siteConfig.ts';
import { abandonAnswer, CHECKOUT, journeyEvent, MOBILE_UA } from './journeyFixtures.ts';
import { TOKEN, testApp } from './testApp.ts';

const eventCount = (db: ReturnType<typeof testApp>['db']) =>
  db.prepare('SELECT count(*) FROM journey_events').pluck().get() as number;

async function issuePaths(res: Response): Promise<string[]> {
  const body = errorBodySchema.parse(await res.json());
  expect(body.error.code).toBe('invalid_payload');
  return body.error.issues?.map((issue) => issue.path) ?? [];
}

describe('POST /v1/responses with journey events', () => {
  it('stores a step event once, however often it is retried', async () => {
    const { collect, site, db } = testApp();
    const event = journeyEvent(site.key, 'visit_00000001', 'abandoned', 'payment', { msOnStep: 42_000, fieldsTouched: 3 });
    expect((await collect(event)).status).toBe(202);
    const retry = await collect(event);
    expect(retry.status).toBe(202);
    expect(await retry.json()).toEqual({ id: event.id });
    expect(eventCount(db)).toBe(1);
    expect(db.prepare('SELECT * FROM journey_events').get()).toMatchObject({
      visit_id: 'visit_00000001',
      journey: 'checkout',
      step: 'payment',
      event: 'abandoned',
      path: '/checkout/payment',
      ms_on_step: 42_000,
      fields_touched: 3,
      device: 'desktop',
    });
  });

  it('accepts a completed event without a step', async () => {
    const { collect, site, db } = testApp();
    expect((await collect(journeyEvent(site.key, 'visit_00000001', 'completed'))).status).toBe(202);
    expect(db.prepare('SELECT step, event FROM journey_events').get()).toEqual({ step: null, event: 'completed' });
  });

  it('records the device class of the browser that sent the event', async () => {
    const { collect, site, db } = testApp();
    await collect(journeyEvent(site.key, 'visit_00000001', 'reached', 'cart'), { 'user-agent': MOBILE_UA });
    expect(db.prepare('SELECT device FROM journey_events').pluck().get()).toBe('mobile');
  });

  const invalid: [string, Record<string, unknown>, string][] = [
    ['an unknown event', { event: 'left' }, 'event'],
    ['a journey key with capitals', { journey: 'Checkout' }, 'journey'],
    ['a missing visit id', { visitId: undefined }, 'visitId'],
    ['a negative time on step', { msOnStep: -1 }, 'msOnStep'],
    ['a fractional field count', { fieldsTouched: 1.5 }, 'fieldsTouched'],
    ['a path with a query string', { path: '/cart?coupon=X' }, 'path'],
    ['a reached event without a step', { step: undefined }, 'step'],
  ];
  for (const [name, overrides, path] of invalid) {
    it(`refuses ${name} with 400 naming ${path}, storing nothing`, async () => {
      const { collect, site, db } = testApp();
      const res = await collect({ ...journeyEvent(site.key, 'visit_00000001', 'reached', 'cart'), ...overrides });
      expect(res.status).toBe(400);
      expect(await issuePaths(res)).toContain(path);
      expect(eventCount(db)).toBe(0);
    });
  }

  it('refuses an event from an origin not on the site list with 403', async () => {
    const { collect, site, db } = testApp();
    const res = await collect(journeyEvent(site.key, 'visit_00000001', 'reached', 'cart'), { origin: 'https://evil.example' });
    expect(res.status).toBe(403);
    expect((await res.json()).error.code).toBe('origin_not_allowed');
    expect(eventCount(db)).toBe(0);
  });
});

describe('POST /v1/responses with "What stopped you?" answers', () => {
  it('stores an answer as a response with its reason, category and comment', async () => {
    const { collect, site, db, count } = testApp();
    const answer = abandonAnswer(site.key, 'shipping', 'unexpected_costs', { comment: '  Shipping was €12  ', trigger: 'form_abandon' });
    expect((await collect(answer)).status).toBe(202);
    expect((await collect(answer)).status).toBe(202);
    expect(count()).toBe(1);
    expect(db.prepare('SELECT * FROM responses').get()).toMatchObject({
      id: answer.id,
      type: 'abandon_reason',
      rating: null,
      comment: 'Shipping was €12',
      path: '/checkout/shipping',
      journey: 'checkout',
      step: 'shipping',
      reason: 'unexpected_costs',
      reason_category: 'pricing',
      trigger: 'form_abandon',
      channel: 'web',
      device: 'desktop',
    });
  });

  it('shows the answer among the latest comments of the overview', async () => {
    const { collect, admin, site } = testApp();
    await collect(abandonAnswer(site.key, 'payment', 'payment_failed', { comment: 'Card declined' }));
    const summary = await (await admin(`/api/sites/${site.key}/summary`)).json();
    expect(summary.comments.map((c: { comment: string }) => c.comment)).toEqual(['Card declined']);
  });

  it("takes the category from the journey's own reasons", async () => {
    const { collect, admin, site, db } = testApp();
    const reasons = [{ code: 'voucher_rejected', label: 'My voucher did not work', category: 'technical' }];
    await admin(`/api/sites/${site.key}/journeys/checkout`, { method: 'PUT', body: JSON.stringify({ ...CHECKOUT, reasons }) });
    expect((await collect(abandonAnswer(site.key, 'payment', 'voucher_rejected'))).status).toBe(202);
    expect(db.prepare('SELECT reason_category FROM responses').pluck().get()).toBe('technical');
  });

  it("files 'other' under the other category, keeping its text", async () => {
    const { collect, site, db } = testApp();
    const res = await collect(abandonAnswer(site.key, 'cart', 'other', { otherText: ' Wanted to compare prices ' }));
    expect(res.status).toBe(202);
    expect(db.prepare('SELECT reason_category, other_text FROM responses').get()).toEqual({
      reason_category: 'other',
      other_text: 'Wanted to compare prices',
    });
  });

  it('refuses a reason nobody offered with 400 naming reason', async () => {
    const { collect, site, count } = testApp();
    const res = await collect(abandonAnswer(site.key, 'cart', 'aliens'));
    expect(res.status).toBe(400);
    expect(await issuePaths(res)).toEqual(['reason']);
    expect(count()).toBe(0);
  });

  const invalid: [string, Record<string, unknown>, string][] = [
    ['an unknown trigger', { trigger: 'telepathy' }, 'trigger'],
    ['a missing step', { step: undefined }, 'step'],
    ['an overlong other text', { otherText: 'x'.repeat(501) }, 'otherText'],
    ['a path with a fragment', { path: '/cart#top' }, 'path'],
  ];
  for (const [name, overrides, path] of invalid) {
    it(`refuses ${name} with 400 naming ${path}`, async () => {
      const { collect, site, count } = testApp();
      const res = await collect({ ...abandonAnswer(site.key, 'cart', 'just_looking'), ...overrides });
      expect(res.status).toBe(400);
      expect(await issuePaths(res)).toContain(path);
      expect(count()).toBe(0);
    });
  }

  it('refuses an answer from an origin not on the site list with 403', async () => {
    const { collect, site, count } = testApp();
    const res = await collect(abandonAnswer(site.key, 'cart', 'just_looking'), { origin: 'https://evil.example' });
    expect(res.status).toBe(403);
    expect(count()).toBe(0);
  });
});

describe('/api/sites/:siteKey/journeys', () => {
  it('creates a journey with the default reasons, lists it and replaces it', async () => {
    const { admin, site } = testApp();
    const created = await admin(`/api/sites/${site.key}/journeys/checkout`, { method: 'PUT', body: JSON.stringify(CHECKOUT) });
    expect(created.status).toBe(201);
    const journey = journeySchema.parse(await created.json());
    expect(journey.reasons).toEqual(DEFAULT_ABANDON_REASONS);

    const renamed = { ...CHECKOUT, name: 'Checkout (new)' };
    const replaced = await admin(`/api/sites/${site.key}/journeys/checkout`, { method: 'PUT', body: JSON.stringify(renamed) });
    expect(replaced.status).toBe(200);

    const list = journeyListSchema.parse(await (await admin(`/api/sites/${site.key}/journeys`)).json());
    expect(list.journeys.map((j) => [j.key, j.name])).toEqual([['checkout', 'Checkout (new)']]);
  });

  it('keeps journeys in the order they were first declared', async () => {
    const { admin, site } = testApp();
    for (const key of ['signup', 'checkout']) {
      await admin(`/api/sites/${site.key}/journeys/${key}`, { method: 'PUT', body: JSON.stringify({ ...CHECKOUT, key }) });
    }
    await admin(`/api/sites/${site.key}/journeys/signup`, { method: 'PUT', body: JSON.stringify({ ...CHECKOUT, key: 'signup' }) });
    const list = journeyListSchema.parse(await (await admin(`/api/sites/${site.key}/journeys`)).json());
    expect(list.journeys.map((j) => j.key)).toEqual(['signup', 'checkout']);
  });

  it('deletes a journey, then answers 404 for it', async () => {
    const { admin, site } = testApp();
    await admin(`/api/sites/${site.key}/journeys/checkout`, { method: 'PUT', body: JSON.stringify(CHECKOUT) });
    expect((await admin(`/api/sites/${site.key}/journeys/checkout`, { method: 'DELETE' })).status).toBe(204);
    const again = await admin(`/api/sites/${site.key}/journeys/checkout`, { method: 'DELETE' });
    expect(again.status).toBe(404);
    expect((await again.json()).error.code).toBe('not_found');
    expect((await (await admin(`/api/sites/${site.key}/journeys`)).json()).journeys).toEqual([]);
  });

  const invalid: [string, Record<string, unknown>, string][] = [
    ['a key differing from the URL', { key: 'payment' }, 'key'],
    ['no steps', { steps: [] }, 'steps'],
    ['two steps with one key', { steps: [CHECKOUT.steps[0], CHECKOUT.steps[0]] }, 'steps'],
    ['a URL rule not starting with /', { completeMatch: [{ type: 'exact', value: 'thank-you' }] }, 'completeMatch.0.value'],
    ['an unknown rule type', { completeMatch: [{ type: 'regex', value: '/x' }] }, 'completeMatch.0.type'],
    ['a pattern with more than 8 *', { completeMatch: [{ type: 'pattern', value: '/*a*a*a*a*a*a*a*a*!' }] }, 'completeMatch.0.value'],
    ['an unknown reason category', { reasons: [{ code: 'slow', label: 'Slow', category: 'weather' }] }, 'reasons.0.category'],
    ["a reason coded 'other'", { reasons: [{ code: 'other', label: 'Other', category: 'other' }] }, 'reasons'],
  ];
  for (const [name, overrides, path] of invalid) {
    it(`refuses ${name} with 400 naming ${path}`, async () => {
      const { admin, site } = testApp();
      const res = await admin(`/api/sites/${site.key}/journeys/checkout`, {
        method: 'PUT',
        body: JSON.stringify({ ...CHECKOUT, ...overrides }),
      });
      expect(res.status).toBe(400);
      expect(await issuePaths(res)).toContain(path);
      expect((await (await admin(`/api/sites/${site.key}/journeys`)).json()).journeys).toEqual([]);
    });
  }

  it('answers 404 for an unknown site', async () => {
    const { admin } = testApp();
    const res = await admin('/api/sites/site_nope/journeys');
    expect(res.status).toBe(404);
    expect((await res.json()).error.code).toBe('unknown_site');
  });

  it('refuses every journey endpoint without the admin token', async () => {
    const { app, site } = testApp();
    const base = `/api/sites/${site.key}/journeys`;
    const requests: [string, RequestInit][] = [
      [base, {}],
      [`${base}/checkout`, { method: 'PUT', body: JSON.stringify(CHECKOUT), headers: { 'content-type': 'application/json' } }],
      [`${base}/checkout`, { method: 'DELETE' }],
      [`${base}/checkout/funnel`, {}],
    ];
    for (const [path, init] of requests) {
      const res = await app.request(path, init);
      expect(res.status, `${init.method ?? 'GET'} ${path}`).toBe(401);
      expect((await res.json()).error.code).toBe('unauthorized');
    }
    const wrong = await app.request(base, { headers: { authorization: 'Bearer nope' } });
    expect(wrong.status).toBe(401);
  });
});

describe('journeys in the public site config', () => {
  it('lists the declared journeys, and the ETag changes when they do', async () => {
    const { app, admin, site } = testApp();
    const before = await app.request(`/v1/sites/${site.key}/config`);
    expect(siteConfigSchema.parse(await before.json()).journeys).toEqual([]);

    await admin(`/api/sites/${site.key}/journeys/checkout`, { method: 'PUT', body: JSON.stringify(CHECKOUT) });
    const after = await app.request(`/v1/sites/${site.key}/config`, { headers: { 'if-none-match': before.headers.get('etag')! } });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(before.headers.get('etag'));
    const config = siteConfigSchema.parse(await after.json());
    expect(config.journeys).toEqual([journeySchema.parse(CHECKOUT)]);
  });
});

describe('journeys declared by markup or script', () => {
  it('are listed by key once they have events, until they get a definition', async () => {
    const { admin, collect, site } = testApp();
    await collect(journeyEvent(site.key, 'visit_00000001', 'reached', 'cart'));
    await collect(journeyEvent(site.key, 'visit_00000002', 'reached', 'step-1', { journey: 'signup' }));
    const before = journeyListSchema.parse(await (await admin(`/api/sites/${site.key}/journeys`)).json());
    expect(before).toEqual({ journeys: [], undeclared: ['checkout', 'signup'] });

    await admin(`/api/sites/${site.key}/journeys/checkout`, { method: 'PUT', body: JSON.stringify(CHECKOUT) });
    const after = journeyListSchema.parse(await (await admin(`/api/sites/${site.key}/journeys`)).json());
    expect(after.undeclared).toEqual(['signup']);
  });
});

describe('GET /journeys (the abandonment view)', () => {
  it('sends a visitor without a session to sign in, coming back to the view', async () => {
    const { app } = testApp();
    const res = await app.request('/journeys?journey=checkout');
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe(`/login?return=${encodeURIComponent('/journeys?journey=checkout')}`);
  });

  it('serves the dashboard shell, under the dashboard CSP, to a signed-in user', async () => {
    const { app } = testApp();
    const login = await app.request('/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://localhost' },
      body: JSON.stringify({ token: TOKEN }),
    });
    const session = login.headers.get('set-cookie')!.split(';')[0]!;
    const res = await app.request('/journeys', { headers: { cookie: session } });
    // The test app has no built dashboard: the shell route answers, saying so.
    expect(res.status).toBe(503);
    expect(res.headers.get('content-security-policy')).toContain("style-src 'self'");
  });
});
