import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../../shared/limits.ts';
import { errorBodySchema } from '../../shared/schemas/error.ts';
import { settingsFromEnv } from '../src/config.ts';
import { createSite } from '../src/db/queries/sites/createSite.ts';
import { startCollector, type RunningCollector } from '../src/startCollector.ts';
import { rawRequest } from './rawHttp.ts';
import { rating, SHOP_ORIGIN } from './testApp.ts';
import { TEST_NOW } from '../../tests/clock/testInstants.ts';

// Over a real socket: what only Node's HTTP parser and the collector's framing see.
describe('HTTP framing on a real socket', () => {
  let collector: RunningCollector;
  let dataDir: string;
  let siteKey: string;
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'touchpoint-framing-'));
    collector = await startCollector({ ...settingsFromEnv({}), host: '127.0.0.1', port: 0, dataDir, adminTokenFromEnv: 'framing' });
    siteKey = createSite(collector.db, { name: 'Shop', origins: [SHOP_ORIGIN] }, TEST_NOW).key;
    // The collector starts its writer and view threads through tsx: seconds on a loaded machine.
  }, 60_000);
  afterAll(async () => {
    await collector?.close();
    rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);

  const head = (extra = '') =>
    `POST /v1/responses HTTP/1.1\r\nHost: 127.0.0.1\r\nOrigin: ${SHOP_ORIGIN}\r\nContent-Type: text/plain\r\n${extra}`;
  const count = () => collector.db.prepare('SELECT count(*) FROM responses').pluck().get();

  it('stores a chunked body within the limit', async () => {
    const json = JSON.stringify(rating(siteKey, { id: 'resp_chunked_ok' }));
    const half = Math.floor(json.length / 2);
    const chunk = (s: string) => `${Buffer.byteLength(s).toString(16)}\r\n${s}\r\n`;
    const res = await rawRequest(collector.url, [
      head('Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n'),
      chunk(json.slice(0, half)),
      chunk(json.slice(half)),
      '0\r\n\r\n',
    ]);
    expect(res.status).toBe(202);
    expect(count()).toBe(1);
  });

  it('refuses a chunked body without Content-Length over the limit with 413 and the error shape', async () => {
    const piece = 'a'.repeat(4096);
    const parts = [head('Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n')];
    for (let i = 0; i < (2 * LIMITS.collectBody) / 4096; i++) parts.push(`1000\r\n${piece}\r\n`);
    parts.push('0\r\n\r\n');
    const res = await rawRequest(collector.url, parts);
    expect(res.status).toBe(413);
    expect(errorBodySchema.parse(JSON.parse(res.body)).error.code).toBe('payload_too_large');
  });

  it('answers a request line that is not HTTP with 400 and the error shape', async () => {
    const res = await rawRequest(collector.url, ['HELLO THERE\r\n\r\n']);
    expect(res.status).toBe(400);
    expect(errorBodySchema.parse(JSON.parse(res.body)).error.code).toBe('invalid_payload');
  });

  it('answers broken chunk framing with a 4xx, never a 500', async () => {
    const res = await rawRequest(collector.url, [head('Transfer-Encoding: chunked\r\n\r\n'), 'zz\r\nabc\r\n0\r\n\r\n']);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    errorBodySchema.parse(JSON.parse(res.body));
  });

  it('answers both Content-Length and Transfer-Encoding (request smuggling) with 400', async () => {
    const res = await rawRequest(collector.url, [head('Content-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n'), '0\r\n\r\n']);
    expect(res.status).toBe(400);
  });

  it('answers oversize headers with 431 and the error shape', async () => {
    const res = await rawRequest(collector.url, [head(`X-Junk: ${'a'.repeat(64 * 1024)}\r\n\r\n`)]);
    expect(res.status).toBe(431);
    errorBodySchema.parse(JSON.parse(res.body));
  });

  it('is still up and storing after all that', async () => {
    const res = await fetch(`${collector.url}/v1/responses`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', origin: SHOP_ORIGIN, 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) Firefox/130.0' },
      body: JSON.stringify(rating(siteKey, { id: 'resp_after_abuse' })),
    });
    expect(res.status).toBe(202);
    expect(collector.db.prepare('SELECT count(*) FROM responses WHERE id = ?').pluck().get('resp_after_abuse')).toBe(1);
  });
});
