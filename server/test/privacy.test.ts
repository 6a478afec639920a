import { describe, expect, it } from 'vitest';
import { siteListSchema, siteSchema } from '../../shared/schemas/site.ts';
import { siteConfigSchema } from '../../shared/schemas/siteConfig.ts';
import { DEFAULT_RETENTION_DAYS } from '../../shared/schemas/siteSettings.ts';
import { dailySalt } from '../src/privacy/dailySalt.ts';
import { visitorHash } from '../src/privacy/visitorHash.ts';
import { everythingStored, tablesHolding } from './everythingStored.ts';
import { AFTER_FIXTURES, rating, testApp } from './testApp.ts';
import { TEST_NOW } from '../../tests/clock/testInstants.ts';

const DAY = 86_400_000;
const UA = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

describe('visitor hash', () => {
  it('stores a salted hash per visitor, never the address', async () => {
    const { collect, site, db } = testApp({ trustProxy: 1 });
    await collect(rating(site.key, { id: 'resp_hash_1' }), { 'x-forwarded-for': '203.0.113.77', 'user-agent': UA });
    await collect(rating(site.key, { id: 'resp_hash_2' }), { 'x-forwarded-for': '203.0.113.77', 'user-agent': UA });
    await collect(rating(site.key, { id: 'resp_hash_3' }), { 'x-forwarded-for': '203.0.113.78', 'user-agent': UA });
    const hashes = db.prepare('SELECT visitor_hash FROM responses ORDER BY id').pluck().all() as string[];
    expect(hashes[0]).toMatch(/^[0-9a-f]{64}$/);
    expect(hashes[1]).toBe(hashes[0]);
    expect(hashes[2]).not.toBe(hashes[0]);
    expect(everythingStored(db)).not.toContain('203.0.113.7');
  });

  it('changes with the day, the site and the browser', () => {
    const { db } = testApp();
    const now = Date.UTC(2026, 10, 20, 12);
    const base = visitorHash(db, 'site_a', '192.0.2.1', UA, now);
    expect(visitorHash(db, 'site_a', '192.0.2.1', UA, now + 3600_000)).toBe(base);
    expect(visitorHash(db, 'site_a', '192.0.2.1', UA, now + DAY)).not.toBe(base);
    expect(visitorHash(db, 'site_b', '192.0.2.1', UA, now)).not.toBe(base);
    expect(visitorHash(db, 'site_a', '192.0.2.1', UA + ' Edg/131', now)).not.toBe(base);
  });

  it('keeps the salt out of the database; on PostgreSQL, out of every table the WAL, backups and replicas carry', async () => {
    const { collect, site, db } = testApp();
    await collect(rating(site.key, { id: 'resp_hash_salt' }), { 'user-agent': UA });
    const holding = tablesHolding(db, dailySalt(db, TEST_NOW));
    if (process.env.TOUCHPOINT_TEST_ENGINE !== 'postgres') expect(holding).toEqual([]);
    else {
      expect(holding).toEqual(['visitor_salts']);
      const unlogged = db.prepare("SELECT relname FROM pg_class WHERE relkind = 'r' AND relpersistence = 'u'").pluck().all();
      expect(unlogged).toContain('visitor_salts');
    }
  });
});

describe('comments are scrubbed before storage', () => {
  it('replaces e-mail addresses, phone numbers and card numbers in comments and titles', async () => {
    const { collect, site, db } = testApp();
    await collect(
      rating(site.key, {
        id: 'resp_scrub_1',
        comment: '运费太贵 €12.90. Mail zhang@example.cn or call +86 138 0013 8000, card 4111 1111 1111 1111',
        title: 'Order for jane@example.com',
      }),
    );
    const row = db.prepare('SELECT comment, title FROM responses').get();
    expect(row).toEqual({ comment: '运费太贵 €12.90. Mail [email] or call [phone], card [card]', title: 'Order for [email]' });
    expect(everythingStored(db)).not.toMatch(/zhang@|4111 1111|138 0013/);
  });

  it('scrubs imported comments too', async () => {
    const { admin, site, db } = testApp({ now: () => AFTER_FIXTURES });
    const res = await admin(`/api/sites/${site.key}/import`, {
      method: 'POST',
      body: JSON.stringify({
        responses: [{ type: 'page_rating', id: 'imp_scrub_01', rating: 2, path: '/', createdAt: '2026-11-01T10:00:00Z', comment: 'call 0170 1234567' }],
      }),
    });
    expect(res.status).toBe(201);
    expect(db.prepare('SELECT comment FROM responses').pluck().get()).toBe('call [phone]');
  });
});

describe('contact e-mail with consent', () => {
  it('stores the e-mail of a shopper who asked to be contacted, apart from the scrubbed comment', async () => {
    const { collect, site, db } = testApp();
    const res = await collect(
      rating(site.key, { comment: 'write me at ann@example.com', contact: { email: 'ann@example.com', consent: true } }),
    );
    expect(res.status).toBe(202);
    expect(db.prepare('SELECT comment, contact_email FROM responses').get()).toEqual({
      comment: 'write me at [email]',
      contact_email: 'ann@example.com',
    });
  });

  const refused: [string, unknown, string][] = [
    ['without consent', { email: 'ann@example.com' }, 'contact.consent'],
    ['with consent false', { email: 'ann@example.com', consent: false }, 'contact.consent'],
    ['with consent "yes"', { email: 'ann@example.com', consent: 'yes' }, 'contact.consent'],
    ['with something not an e-mail', { email: 'call me', consent: true }, 'contact.email'],
    ['with an e-mail too long', { email: `${'a'.repeat(250)}@example.com`, consent: true }, 'contact.email'],
  ];
  for (const [what, contact, path] of refused) {
    it(`refuses a contact ${what} with 400 naming ${path}`, async () => {
      const { collect, site, count } = testApp();
      const res = await collect(rating(site.key, { contact }));
      expect(res.status).toBe(400);
      expect((await res.json()).error.issues.map((i: { path: string }) => i.path)).toContain(path);
      expect(count()).toBe(0);
    });
  }
});

describe('query parameters', () => {
  it('drops every query parameter by default', async () => {
    const { collect, site, db } = testApp();
    expect((await collect(rating(site.key, { path: '/cart?email=a@b.c&variant=2' }))).status).toBe(202);
    expect(db.prepare('SELECT path FROM responses').pluck().get()).toBe('/cart');
  });

  it('keeps only the parameters on the site allow-list, which the widget learns from the site config', async () => {
    const { collect, admin, app, site, db } = testApp();
    const res = await admin(`/api/sites/${site.key}`, { method: 'PATCH', body: JSON.stringify({ allowedQueryParams: ['variant', 'utm_campaign'] }) });
    expect(res.status).toBe(200);
    expect(siteSchema.parse(await res.json()).allowedQueryParams).toEqual(['variant', 'utm_campaign']);
    await collect(rating(site.key, { id: 'resp_query_1', path: '/p?email=a@b.c&variant=2&utm_campaign=spring%20sale&token=x' }));
    await collect(rating(site.key, { id: 'resp_query_2', path: '/p?token=x' }));
    expect(db.prepare('SELECT path FROM responses ORDER BY id').pluck().all()).toEqual(['/p?variant=2&utm_campaign=spring+sale', '/p']);
    const config = siteConfigSchema.parse(await (await app.request(`/v1/sites/${site.key}/config`)).json());
    expect(config.allowedQueryParams).toEqual(['variant', 'utm_campaign']);
  });

  it('still refuses a fragment', async () => {
    const { collect, site } = testApp();
    expect((await collect(rating(site.key, { path: '/p#section' }))).status).toBe(400);
  });
});

describe('PATCH /api/sites/:siteKey', () => {
  it('starts every site with 13 months of retention and no query parameters', async () => {
    const { admin } = testApp();
    const { sites } = siteListSchema.parse(await (await admin('/api/sites')).json());
    expect(sites[0]).toMatchObject({ retentionDays: DEFAULT_RETENTION_DAYS, allowedQueryParams: [] });
  });

  it('changes the retention and leaves the rest', async () => {
    const { admin, site } = testApp();
    await admin(`/api/sites/${site.key}`, { method: 'PATCH', body: JSON.stringify({ allowedQueryParams: ['a'] }) });
    const res = await admin(`/api/sites/${site.key}`, { method: 'PATCH', body: JSON.stringify({ retentionDays: 30 }) });
    expect(await res.json()).toMatchObject({ retentionDays: 30, allowedQueryParams: ['a'] });
  });

  const invalid: [string, unknown][] = [
    ['nothing to change', {}],
    ['an unknown field', { retentionDays: 30, name: 'x' }],
    ['a retention of 0 days', { retentionDays: 0 }],
    ['a fractional retention', { retentionDays: 1.5 }],
    ['a parameter name with odd characters', { allowedQueryParams: ['a=b'] }],
    ['a parameter listed twice', { allowedQueryParams: ['a', 'a'] }],
  ];
  for (const [what, body] of invalid) {
    it(`refuses ${what} with 400`, async () => {
      const { admin, site } = testApp();
      const res = await admin(`/api/sites/${site.key}`, { method: 'PATCH', body: JSON.stringify(body) });
      expect(res.status).toBe(400);
      expect((await res.json()).error.code).toBe('invalid_payload');
    });
  }

  it('answers 404 for an unknown site', async () => {
    const { admin } = testApp();
    expect((await admin('/api/sites/site_nope', { method: 'PATCH', body: '{"retentionDays":30}' })).status).toBe(404);
  });
});
