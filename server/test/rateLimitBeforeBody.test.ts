import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorBodySchema } from '../../shared/schemas/error.ts';
import { settingsFromEnv } from '../src/config.ts';
import { startCollector, type RunningCollector } from '../src/startCollector.ts';
import { rawConnection } from './rawHttp.ts';
import { SHOP_ORIGIN } from './testApp.ts';

// Over a real socket, because only there can a client announce a body and not send it.
describe('a rate-limited address on a real socket', () => {
  let collector: RunningCollector;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'touchpoint-limit-'));
    const settings = { ...settingsFromEnv({}), host: '127.0.0.1', port: 0, dataDir, adminTokenFromEnv: 'limit' };
    collector = await startCollector({ ...settings, limits: { perAddressPerMinute: 1 } });
    // The collector starts its writer and view threads through tsx: seconds on a loaded machine.
  }, 60_000);
  afterAll(async () => {
    await collector?.close();
    rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);

  const announce = (contentLength: number) =>
    `POST /v1/responses HTTP/1.1\r\nHost: 127.0.0.1\r\nOrigin: ${SHOP_ORIGIN}\r\nContent-Type: text/plain\r\nContent-Length: ${contentLength}\r\n\r\n`;

  it('gets its 429 before sending the body it announced, and the connection is closed', async () => {
    // Spends this address's one write of the minute.
    const first = rawConnection(collector.url);
    first.write(announce(2) + '{}');
    expect((await first.response).status).toBe(400);

    const started = performance.now();
    const limited = rawConnection(collector.url, 2000);
    limited.write(announce(15_000)); // the headers only: the 15 kB never come
    const res = await limited.response;
    expect(res.status).toBe(429);
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    expect(res.headers.connection).toBe('close');
    expect(errorBodySchema.parse(JSON.parse(res.body)).error.code).toBe('rate_limited');
    expect(performance.now() - started).toBeLessThan(1500);
  });
});
