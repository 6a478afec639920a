import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { gracefulClose } from '../src/http/gracefulClose.ts';

afterEach(() => vi.restoreAllMocks());

/** A server whose /hang never answers and whose other paths answer at once. */
async function serverWithHang() {
  const server = createServer((req, res) => {
    if (req.url?.startsWith('/hang')) return;
    res.end('ok');
  });
  const shutdown = gracefulClose(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const ask = (path: string) =>
    new Promise<string>((resolve) => {
      const req = request({ port, host: '127.0.0.1', path });
      req.once('response', (res) => (res.resume(), resolve(`answered ${res.statusCode}`)));
      req.once('error', (err) => resolve(`failed ${(err as NodeJS.ErrnoException).code}`));
      req.end();
    });
  return { shutdown, ask };
}

describe('gracefulClose', () => {
  it('names each request it had to cut when the grace runs out, without its query', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { shutdown, ask } = await serverWithHang();
    expect(await ask('/fine')).toBe('answered 200');
    const hanging = ask('/hang/export?token=secret');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await shutdown.close(100)).toBe(false);
    expect(await hanging).toMatch(/^failed /);
    expect(warn).toHaveBeenCalledWith('[touchpoint] shutdown: cut after 100 ms: GET /hang/export');
  });

  it('cuts nothing and says nothing when every request is answered in time', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { shutdown, ask } = await serverWithHang();
    expect(await ask('/fine')).toBe('answered 200');
    expect(await shutdown.close(1_000)).toBe(true);
    expect(warn).not.toHaveBeenCalled();
  });
});
