import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../shared/limits.ts';
import { errorBodySchema } from '../../shared/schemas/error.ts';
import { rating, SHOP_ORIGIN, testApp } from './testApp.ts';

/** A request body that arrives in chunks with no Content-Length, as `Transfer-Encoding: chunked` does. */
function chunkedBody(totalBytes: number, chunkBytes = 1024) {
  let sent = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= totalBytes) return controller.close();
      const size = Math.min(chunkBytes, totalBytes - sent);
      sent += size;
      controller.enqueue(new Uint8Array(size).fill(0x61));
    },
  });
  return { stream, sent: () => sent };
}

async function expectError(res: Response, status: number, code: string) {
  expect(res.status).toBe(status);
  const body = errorBodySchema.parse(await res.json());
  expect(body.error.code).toBe(code);
  return body;
}

describe('hostile input on POST /v1/responses', () => {
  const post = (app: ReturnType<typeof testApp>['app'], body: BodyInit, headers: Record<string, string> = {}) =>
    app.request('/v1/responses', {
      method: 'POST',
      body,
      headers: { 'content-type': 'text/plain', origin: SHOP_ORIGIN, ...headers },
      duplex: 'half',
    } as RequestInit);

  it('refuses a chunked body over the limit with 413, without reading much past it', async () => {
    const { app, count } = testApp();
    const body = chunkedBody(100 * LIMITS.collectBody);
    await expectError(await post(app, body.stream), 413, 'payload_too_large');
    expect(body.sent()).toBeLessThan(LIMITS.collectBody + 4096);
    expect(count()).toBe(0);
  });

  it('refuses a body whose Content-Length is over the limit before reading it', async () => {
    const { app } = testApp();
    const body = chunkedBody(100 * LIMITS.collectBody);
    await expectError(await post(app, body.stream, { 'content-length': String(100 * LIMITS.collectBody) }), 413, 'payload_too_large');
    expect(body.sent()).toBeLessThanOrEqual(2048);
  });

  it('refuses bytes that are not UTF-8 with 400 invalid_payload', async () => {
    const { app, site, count } = testApp();
    const json = new TextEncoder().encode(JSON.stringify(rating(site.key, { comment: 'XX' })));
    const at = json.indexOf(0x58);
    for (const bad of [[0xff, 0xfe], [0xc0, 0xaf], [0xed, 0xa0, 0x80] /* an encoded surrogate */, [0xe2, 0x82]]) {
      const bytes = new Uint8Array([...json.slice(0, at), ...bad, ...json.slice(at + 2)]);
      const body = await expectError(await post(app, bytes), 400, 'invalid_payload');
      expect(body.error.message).toMatch(/UTF-8/);
    }
    expect(count()).toBe(0);
  });

  it('refuses NUL characters and unpaired surrogates in strings and keys', async () => {
    const { app, site, count } = testApp();
    const valid = JSON.stringify(rating(site.key, { comment: 'COMMENT' }));
    for (const comment of ['a\\u0000b', '\\ud800', 'x\\udfffy', '\\ude00\\ud83d']) {
      await expectError(await post(app, valid.replace('COMMENT', comment)), 400, 'invalid_payload');
    }
    await expectError(await post(app, valid.replace('"comment"', '"comm\\u0000ent"')), 400, 'invalid_payload');
    expect(count()).toBe(0);
    // A well-formed pair (an emoji) is fine.
    expect((await post(app, valid.replace('COMMENT', 'great \\ud83d\\ude00'))).status).toBe(202);
  });

  it('refuses deep nesting with 400 before parsing it', async () => {
    const { app } = testApp();
    const deep = '['.repeat(8000) + ']'.repeat(8000);
    const body = await expectError(await post(app, deep), 400, 'invalid_payload');
    expect(body.error.message).toMatch(/nested/);
    await expectError(await post(app, '{"a":'.repeat(2000) + '1' + '}'.repeat(2000)), 400, 'invalid_payload');
  });

  it('answers odd but well-formed JSON with 400, never a 500', async () => {
    const { app, site } = testApp();
    for (const body of ['null', '[]', '0', '"text"', 'true', `{"type":"page_rating","comment":[${'1,'.repeat(5000)}1]}`, '{"__proto__":{"admin":true}}', `{"site":"${site.key}","type":["page_rating"]}`]) {
      const res = await post(app, body);
      expect(res.status, body.slice(0, 40)).toBe(400);
    }
    for (const body of ['', ' ', '{', '{"a":1,}', "{'a':1}", 'NaN', '\u0000']) {
      const res = await post(app, body);
      expect([400].includes(res.status), JSON.stringify(body)).toBe(true);
      errorBodySchema.parse(await res.json());
    }
  });
});

describe('hostile input on the admin API', () => {
  it('refuses an 8 MB nest of brackets with 400', async () => {
    const { admin, site } = testApp();
    const res = await admin(`/api/sites/${site.key}/import`, { method: 'POST', body: '['.repeat(4_000_000) });
    expect(res.status).toBe(400);
  });

  it('refuses a huge invalid import with 400 and a short list of issues', async () => {
    const { admin, site, count } = testApp();
    const responses = Array.from({ length: 20_000 }, () => ({ type: 'page_rating' }));
    const res = await admin(`/api/sites/${site.key}/import`, { method: 'POST', body: JSON.stringify({ responses }) });
    expect(res.status).toBe(400);
    expect((await res.json()).error.issues.length).toBeLessThanOrEqual(50);
    expect(count()).toBe(0);
  });
});
