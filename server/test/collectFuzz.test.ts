import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../shared/limits.ts';
import { errorBodySchema } from '../../shared/schemas/error.ts';
import { scrubPersonalData } from '../src/privacy/scrubPersonalData.ts';
import { SHOP_ORIGIN, testApp } from './testApp.ts';

// Property-based fuzzing of POST /v1/responses through app.request(): whatever
// arrives, the answer is never a 5xx, errors have the one shape, and nothing
// invalid is stored; valid payloads are stored exactly once, however often sent.

const BROWSER = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

// Strings with what breaks naive code: NUL, lone surrogates, controls, RTL marks, astral characters, CJK.
const nastyChar = fc.oneof(
  fc.constantFrom('\u0000', '\ud800', '\udfff', '\u202e', '\ufeff', '\r\n', '"', '\\', '😀', '中', '\u0085', '=', '@'),
  fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code)),
);
const nastyString = fc
  .array(fc.oneof({ weight: 4, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) }, { weight: 1, arbitrary: nastyChar }), { maxLength: 12 })
  .map((parts) => parts.join(''));

const deepNest = fc.integer({ min: 50, max: 5000 }).map((depth) => '['.repeat(depth) + ']'.repeat(depth));
const hugeArray = fc.integer({ min: 100, max: 4000 }).map((n) => JSON.stringify({ type: 'page_rating', comment: Array(n).fill(1) }));

function body(siteKey: string) {
  const validish = fc.record({
    type: fc.oneof(fc.constant('page_rating'), fc.constant('journey_event'), fc.constant('abandon_reason'), nastyString),
    id: fc.oneof(fc.stringMatching(/^[A-Za-z0-9_-]{8,64}$/), nastyString),
    site: fc.oneof({ weight: 3, arbitrary: fc.constant(siteKey) }, { weight: 1, arbitrary: nastyString }),
    rating: fc.oneof(fc.integer({ min: -2, max: 8 }), fc.double(), fc.constant(null), nastyString),
    comment: fc.option(fc.oneof(nastyString, fc.string({ maxLength: LIMITS.comment + 5 }), fc.jsonValue())),
    path: fc.oneof(fc.constantFrom('/', '/cart', '/p?x=1', '/p#f', 'cart', '//evil'), nastyString.map((s) => '/' + s)),
    contact: fc.option(fc.record({ email: fc.oneof(fc.emailAddress(), nastyString), consent: fc.oneof(fc.constant(true), fc.jsonValue()) })),
    visitId: fc.option(fc.oneof(fc.stringMatching(/^[A-Za-z0-9_-]{8,20}$/), nastyString)),
  }, { requiredKeys: [] });
  // A valid payload with at most one field replaced by something odd.
  const nearlyValid = fc
    .tuple(
      fc.record({
        type: fc.constant('page_rating'),
        id: fc.stringMatching(/^[A-Za-z0-9_-]{8,64}$/),
        site: fc.constant(siteKey),
        rating: fc.integer({ min: 1, max: 5 }),
        comment: nastyString,
        path: fc.constantFrom('/', '/cart', '/p?email=a@b.c', '/a/b'),
      }),
      fc.option(fc.tuple(fc.constantFrom('type', 'id', 'site', 'rating', 'comment', 'path', 'title', 'lang', 'contact', 'extra'), fc.oneof(nastyString, fc.jsonValue()))),
    )
    .map(([value, mutation]) => JSON.stringify(mutation ? { ...value, [mutation[0]]: mutation[1] } : value));
  return fc.oneof(
    { weight: 4, arbitrary: nearlyValid },
    { weight: 3, arbitrary: validish.map((value) => JSON.stringify(value)) },
    { weight: 2, arbitrary: fc.jsonValue().map((value) => JSON.stringify(value)) },
    { weight: 2, arbitrary: fc.uint8Array({ maxLength: 512 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
    { weight: 1, arbitrary: deepNest },
    { weight: 1, arbitrary: hugeArray },
    { weight: 1, arbitrary: fc.constant('x'.repeat(LIMITS.collectBody + 1)) },
  );
}

const headers = fc.record({
  'content-type': fc.oneof(
    fc.constantFrom('text/plain', 'application/json', 'text/plain;charset=utf-8', 'APPLICATION/JSON', 'application/x-www-form-urlencoded', 'multipart/form-data', '', 'text/html'),
    fc.stringMatching(/^[\x20-\x7e]{0,40}$/),
  ),
  origin: fc.oneof({ weight: 4, arbitrary: fc.constant(SHOP_ORIGIN) }, { weight: 1, arbitrary: fc.stringMatching(/^[\x20-\x7e]{0,40}$/) }),
  'user-agent': fc.oneof({ weight: 3, arbitrary: fc.constant(BROWSER) }, { weight: 1, arbitrary: fc.stringMatching(/^[\x20-\x7e]{0,80}$/) }),
}, { requiredKeys: [] });

function fuzzApp() {
  // One client sends thousands of requests here: rate limits are tested elsewhere.
  return testApp({ limits: { perAddressPerMinute: Infinity, perSitePerMinute: Infinity } });
}

describe('POST /v1/responses under fuzzing', () => {
  it('never answers 5xx, answers errors in the one shape, and stores nothing invalid', { timeout: 30_000 }, async () => {
    const { app, site, db } = fuzzApp();
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(body(site.key), headers, async (payload, given) => {
        const res = await app.request('/v1/responses', { method: 'POST', body: payload, headers: given as Record<string, string> });
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        expect(res.status).toBeLessThan(500);
        if (res.status >= 400) errorBodySchema.parse(await res.json());
      }),
      { numRuns: 3000 },
    );
    // Some of each kind of outcome, or the generators are not doing their job.
    expect(statuses.get(202)).toBeGreaterThan(10);
    expect(statuses.get(400)).toBeGreaterThan(100);
    expect([...statuses.keys()].every((s) => [202, 400, 403, 404, 413, 415].includes(s))).toBe(true);

    for (const row of db.prepare('SELECT * FROM responses').all() as Record<string, unknown>[]) {
      expect(row.id).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
      expect(row.site_id).toBe(site.id);
      expect(row.path).toMatch(/^\/[^?#\s]*$/);
      expect([1, 2, 3, 4, 5]).toContain(row.rating);
      for (const value of Object.values(row)) {
        if (typeof value === 'string') {
          expect(value).not.toContain('\u0000');
          expect(value).not.toMatch(/[\uD800-\uDFFF]/u); // no unpaired surrogate
        }
      }
      if (row.contact_email !== null) expect(row.contact_email).toMatch(/@/);
    }
  });

  it('stores a valid response exactly once, however it is sent twice', { timeout: 30_000 }, async () => {
    const { app, site, db } = fuzzApp();
    const cleanText = fc.string({ unit: 'binary', maxLength: 300 }).filter((s) => !s.includes('\u0000'));
    const valid = fc.record({
      type: fc.constant('page_rating'),
      id: fc.stringMatching(/^[A-Za-z0-9_-]{8,64}$/),
      site: fc.constant(site.key),
      rating: fc.integer({ min: 1, max: 5 }),
      comment: fc.option(cleanText, { nil: undefined }),
      path: fc.stringMatching(/^\/[a-z0-9/_-]{0,40}(\?[a-z]=[0-9]{1,3})?$/),
      title: fc.option(cleanText.map((s) => s.slice(0, LIMITS.title)), { nil: undefined }),
      lang: fc.option(fc.constantFrom('en', 'de-CH', 'zh-Hans-CN'), { nil: undefined }),
    });
    const seen = new Set<string>();
    await fc.assert(
      fc.asyncProperty(valid, fc.constantFrom('text/plain', 'application/json'), fc.constantFrom('text/plain', 'application/json'), async (input, firstType, secondType) => {
        fc.pre(!seen.has(input.id));
        seen.add(input.id);
        for (const type of [firstType, secondType]) {
          const res = await app.request('/v1/responses', {
            method: 'POST',
            body: JSON.stringify(input),
            headers: { 'content-type': type, origin: SHOP_ORIGIN, 'user-agent': BROWSER },
          });
          expect(res.status).toBe(202);
          expect(await res.json()).toEqual({ id: input.id });
        }
        const rows = db.prepare('SELECT rating, comment, path, title FROM responses WHERE id = ?').all(input.id) as Record<string, unknown>[];
        expect(rows).toHaveLength(1);
        expect(rows[0]).toEqual({
          rating: input.rating,
          comment: input.comment === undefined ? null : scrubPersonalData(input.comment).trim() || null,
          path: input.path.split('?')[0],
          title: input.title === undefined ? null : scrubPersonalData(input.title),
        });
      }),
      { numRuns: 600 },
    );
  });
});
