import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { errorBodySchema } from '../../shared/schemas/error.ts';
import { ingestionStatsSchema } from '../../shared/schemas/ingestion.ts';
import { createSite } from '../src/db/queries/sites/createSite.ts';
import { addressKey, clientAddress, NO_SOCKET_ADDRESS } from '../src/http/clientAddress.ts';
import { TokenBuckets } from '../src/http/rateLimit.ts';
import { rating, testApp } from './testApp.ts';
import { TEST_NOW } from '../../tests/clock/testInstants.ts';

describe('TokenBuckets', () => {
  it('lets a burst of perMinute through, then one per 60/perMinute seconds', () => {
    let now = 0;
    const buckets = new TokenBuckets({ perMinute: 3, maxKeys: 10 }, () => now);
    expect([buckets.take('a'), buckets.take('a'), buckets.take('a')]).toEqual([0, 0, 0]);
    expect(buckets.take('a')).toBe(20);
    now += 19_000;
    expect(buckets.take('a')).toBe(1);
    now += 1_000;
    expect(buckets.take('a')).toBe(0);
  });

  it('keeps each key apart', () => {
    const buckets = new TokenBuckets({ perMinute: 1, maxKeys: 10 }, () => 0);
    expect(buckets.take('a')).toBe(0);
    expect(buckets.take('a')).toBeGreaterThan(0);
    expect(buckets.take('b')).toBe(0);
  });

  it('remembers at most maxKeys keys, forgetting the least recently seen', () => {
    const buckets = new TokenBuckets({ perMinute: 1, maxKeys: 100 }, () => 0);
    buckets.take('kept');
    for (let i = 0; i < 10_000; i++) {
      buckets.take(`addr-${i}`);
      if (i % 50 === 0) buckets.take('kept');
    }
    expect(buckets.size).toBe(100);
    expect(buckets.take('kept')).toBeGreaterThan(0); // still remembered, still limited
  });
});

describe('client address', () => {
  function addressApp(trustProxy: number) {
    return new Hono().get('/', (c) => c.text(clientAddress(c, trustProxy)));
  }
  const ask = async (trustProxy: number, forwardedFor?: string) =>
    (await addressApp(trustProxy).request('/', { headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {} })).text();

  it('ignores X-Forwarded-For unless proxies are trusted', async () => {
    expect(await ask(0, '203.0.113.9')).toBe(NO_SOCKET_ADDRESS);
  });

  it('takes the entry as many hops from the right as proxies are trusted', async () => {
    expect(await ask(1, '198.51.100.1, 203.0.113.5, 192.0.2.7')).toBe('192.0.2.7');
    expect(await ask(2, '198.51.100.1, 203.0.113.5, 192.0.2.7')).toBe('203.0.113.5');
    expect(await ask(5, '198.51.100.1, 192.0.2.7')).toBe('198.51.100.1');
  });

  it('falls back to the socket when the trusted entry is not an address', async () => {
    expect(await ask(1, 'evil, <script>')).toBe(NO_SOCKET_ADDRESS);
    expect(await ask(1, '')).toBe(NO_SOCKET_ADDRESS);
  });

  it('limits IPv6 clients per /64 and unwraps IPv4-mapped addresses', () => {
    expect(addressKey('2001:db8:1:2:aaaa::1')).toBe(addressKey('2001:db8:1:2:bbbb:cccc:dddd:eeee'));
    expect(addressKey('2001:db8:1:2::1')).not.toBe(addressKey('2001:db8:1:3::1'));
    expect(addressKey('::ffff:192.0.2.1')).toBe('192.0.2.1');
    expect(addressKey('192.0.2.1')).toBe('192.0.2.1');
  });
});

describe('rate limits on POST /v1/responses', () => {
  const from = (address: string) => ({ 'x-forwarded-for': address });

  it('answers 429 with Retry-After and the error shape once an address has spent its budget', async () => {
    const { collect, site, count } = testApp({ trustProxy: 1, limits: { perAddressPerMinute: 3 } });
    for (let i = 0; i < 3; i++) expect((await collect(rating(site.key), from('192.0.2.1'))).status).toBe(202);
    const refused = await collect(rating(site.key), from('192.0.2.1'));
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('20');
    expect(refused.headers.get('access-control-allow-origin')).toBe('*');
    expect(errorBodySchema.parse(await refused.json()).error.code).toBe('rate_limited');
    expect(count()).toBe(3);
  });

  it('leaves other addresses unaffected by one that floods', async () => {
    const { collect, site, count } = testApp({ trustProxy: 1, limits: { perAddressPerMinute: 5 } });
    for (let i = 0; i < 300; i++) await collect(rating(site.key), from('198.51.100.66'));
    for (let i = 0; i < 5; i++) expect((await collect(rating(site.key), from(`203.0.113.${i}`))).status).toBe(202);
    expect(count()).toBe(10);
  });

  it('refuses before reading the body: a flood of garbage costs no parsing', async () => {
    const { collect } = testApp({ trustProxy: 1, limits: { perAddressPerMinute: 1 } });
    await collect('{}', from('192.0.2.1'));
    expect((await collect('not json at all', from('192.0.2.1'))).status).toBe(429);
  });

  it('without trusted proxies, a forged X-Forwarded-For does not buy a new budget', async () => {
    const { collect, site } = testApp({ limits: { perAddressPerMinute: 2 } });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await collect(rating(site.key), from(`192.0.2.${i}`))).status);
    expect(statuses).toEqual([202, 202, 429, 429]);
  });

  it('limits a site across addresses, without touching other sites', async () => {
    const { collect, site, db } = testApp({ trustProxy: 1, limits: { perSitePerMinute: 2 } });
    const other = createSite(db, { name: 'Other', origins: ['https://shop.example'] }, TEST_NOW);
    expect((await collect(rating(site.key), from('192.0.2.1'))).status).toBe(202);
    expect((await collect(rating(site.key), from('192.0.2.2'))).status).toBe(202);
    const refused = await collect(rating(site.key), from('192.0.2.3'));
    expect(refused.status).toBe(429);
    expect((await refused.json()).error.message).toMatch(/site/);
    expect((await collect(rating(other.key), from('192.0.2.3'))).status).toBe(202);
  });

  it('counts the site’s 429s in GET /api/sites/:siteKey/ingestion; an address’s, refused before its body names a site, are not', async () => {
    const { collect, site, admin } = testApp({ trustProxy: 1, limits: { perAddressPerMinute: 1, perSitePerMinute: 2 } });
    await collect(rating(site.key), from('192.0.2.1'));
    expect((await collect(rating(site.key), from('192.0.2.1'))).status).toBe(429); // address over budget
    await collect(rating(site.key), from('192.0.2.2'));
    expect((await collect(rating(site.key), from('192.0.2.3'))).status).toBe(429); // site over budget
    const res = await admin(`/api/sites/${site.key}/ingestion`);
    expect(res.status).toBe(200);
    expect(ingestionStatsSchema.parse(await res.json())).toMatchObject({ site: site.key, botsDropped: 0, rateLimited: 1 });
  });

  it('does not limit reads such as the site config', async () => {
    const { app, site } = testApp({ limits: { perAddressPerMinute: 1 } });
    for (let i = 0; i < 5; i++) expect((await app.request(`/v1/sites/${site.key}/config`)).status).toBe(200);
  });
});
