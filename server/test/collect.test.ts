import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../shared/limits.ts';
import { errorBodySchema } from '../../shared/schemas/error.ts';
import { rating, SHOP_ORIGIN, testApp } from './testApp.ts';

describe('POST /v1/responses', () => {
  it('stores a valid rating and answers 202 with its id', async () => {
    const { collect, site, db } = testApp();
    const body = rating(site.key, { id: 'resp_valid_1', rating: 2, comment: '  Too slow  ' });
    const res = await collect(body);
    expect(res.status).toBe(202);
    expect(await res.json()).toEqual({ id: 'resp_valid_1' });
    const row = db.prepare('SELECT * FROM responses WHERE id = ?').get('resp_valid_1') as any;
    expect(row).toMatchObject({ rating: 2, comment: 'Too slow', path: '/product/trail-jacket', channel: 'web', device: 'desktop' });
  });

  it('stores a retry with the same id only once', async () => {
    const { collect, site, count } = testApp();
    const body = rating(site.key, { id: 'resp_retry_1' });
    expect((await collect(body)).status).toBe(202);
    expect((await collect(body)).status).toBe(202);
    expect(count()).toBe(1);
  });

  it('accepts application/json as well as text/plain', async () => {
    const { collect, site, count } = testApp();
    const res = await collect(rating(site.key), { 'content-type': 'application/json' });
    expect(res.status).toBe(202);
    expect(count()).toBe(1);
  });

  it('records the device class from the user agent', async () => {
    const { collect, site, db } = testApp();
    await collect(rating(site.key, { id: 'resp_mobile_1' }), {
      'user-agent': 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Mobile/15E148',
    });
    expect(db.prepare('SELECT device FROM responses').pluck().get()).toBe('mobile');
  });

  const invalid: [string, Record<string, unknown>, string][] = [
    ['rating above 5', { rating: 6 }, 'rating'],
    ['rating below 1', { rating: 0 }, 'rating'],
    ['fractional rating', { rating: 3.5 }, 'rating'],
    ['missing rating', { rating: undefined }, 'rating'],
    ['comment too long', { comment: 'x'.repeat(LIMITS.comment + 1) }, 'comment'],
    // A query string is accepted and cut to the site's allow-list (privacy.test.ts); a fragment never.
    ['path with a fragment', { path: '/cart#email=a@b.c' }, 'path'],
    ['path not starting with /', { path: 'cart' }, 'path'],
    ['path too long', { path: '/' + 'a'.repeat(LIMITS.url) }, 'path'],
    ['id too short', { id: 'abc' }, 'id'],
    ['id with odd characters', { id: 'abc<script>def' }, 'id'],
    ['title too long', { title: 't'.repeat(LIMITS.title + 1) }, 'title'],
    ['unknown type', { type: 'nonsense' }, 'type'],
    ['site missing', { site: undefined }, 'site'],
  ];
  for (const [name, overrides, path] of invalid) {
    it(`refuses a ${name} with 400 naming ${path}, storing nothing`, async () => {
      const { collect, site, count } = testApp();
      const res = await collect(rating(site.key, overrides));
      expect(res.status).toBe(400);
      const body = errorBodySchema.parse(await res.json());
      expect(body.error.code).toBe('invalid_payload');
      expect(body.error.issues?.map((i) => i.path)).toContain(path);
      expect(count()).toBe(0);
    });
  }

  it('refuses a body that is not JSON with 400 invalid_json', async () => {
    const { collect, count } = testApp();
    const res = await collect('{"type": "page_rating",');
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe('invalid_json');
    expect(count()).toBe(0);
  });

  it('refuses an unknown site with 404', async () => {
    const { collect, count } = testApp();
    const res = await collect(rating('site_doesnotexist'));
    expect(res.status).toBe(404);
    expect((await res.json()).error.code).toBe('unknown_site');
    expect(count()).toBe(0);
  });

  it('refuses a response from an origin not on the site list with 403', async () => {
    const { collect, site, count } = testApp();
    const res = await collect(rating(site.key), { origin: 'https://evil.example' });
    expect(res.status).toBe(403);
    expect((await res.json()).error.code).toBe('origin_not_allowed');
    expect(count()).toBe(0);
  });

  it('refuses a response without an Origin header with 403', async () => {
    const { app, site, count } = testApp();
    const res = await app.request('/v1/responses', {
      method: 'POST',
      body: JSON.stringify(rating(site.key)),
      headers: { 'content-type': 'text/plain' },
    });
    expect(res.status).toBe(403);
    expect(count()).toBe(0);
  });

  it('refuses an oversize body with 413 before parsing it', async () => {
    const { collect, site, count } = testApp();
    const res = await collect(JSON.stringify(rating(site.key, { comment: 'x'.repeat(LIMITS.collectBody) })));
    expect(res.status).toBe(413);
    expect((await res.json()).error.code).toBe('payload_too_large');
    expect(count()).toBe(0);
  });

  it('refuses other content types with 415', async () => {
    const { collect, site } = testApp();
    const res = await collect(rating(site.key), { 'content-type': 'application/x-www-form-urlencoded' });
    expect(res.status).toBe(415);
    expect((await res.json()).error.code).toBe('unsupported_media_type');
  });

  it('lets any origin read the answer (CORS), without credentials', async () => {
    const { collect, site } = testApp();
    const res = await collect(rating(site.key));
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    void SHOP_ORIGIN;
  });
});
