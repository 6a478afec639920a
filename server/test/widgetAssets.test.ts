import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { tempDirs } from './tempDirs.ts';
import { testApp } from './testApp.ts';

const tempDir = tempDirs('touchpoint-widget-');

/** A built widget in miniature: tp.js and one hashed chunk, each with the brotli and gzip copies the build writes. */
function builtWidget() {
  const dir = tempDir();
  mkdirSync(join(dir, 'w'));
  const files = { 'tp.js': 'console.log("tp")', 'w/core-AbC123.js': 'export const core = 1;' };
  for (const [file, text] of Object.entries(files)) {
    writeFileSync(join(dir, file), text);
    writeFileSync(join(dir, `${file}.br`), brotliCompressSync(text));
    writeFileSync(join(dir, `${file}.gz`), gzipSync(text));
  }
  return { app: testApp({ widgetDir: dir }).app, dir };
}

const get = (app: ReturnType<typeof builtWidget>['app'], path: string, acceptEncoding?: string) =>
  app.request(path, { headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding } });

describe('widget files', () => {
  it('caches hashed chunks for a year as immutable, and tp.js, whose name never changes, for five minutes', async () => {
    const { app } = builtWidget();
    expect((await get(app, '/w/core-AbC123.js')).headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await get(app, '/tp.js')).headers.get('cache-control')).toBe('public, max-age=300');
  });

  it("serves the build's brotli copy to browsers that take it, whatever order they name encodings in", async () => {
    const { app, dir } = builtWidget();
    for (const path of ['/tp.js', '/w/core-AbC123.js']) {
      const res = await get(app, path, 'gzip, deflate, br, zstd');
      expect(res.headers.get('content-encoding')).toBe('br');
      expect(res.headers.get('vary')).toBe('Accept-Encoding');
      expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
      expect(Buffer.from(await res.arrayBuffer())).toEqual(readFileSync(join(dir, `${path.slice(1)}.br`)));
    }
  });

  it('serves the gzip copy where brotli is not accepted, and the plain file where neither is', async () => {
    const { app } = builtWidget();
    const gzip = await get(app, '/w/core-AbC123.js', 'gzip, br;q=0');
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await gzip.arrayBuffer())).toString()).toBe('export const core = 1;');
    for (const header of [undefined, 'identity']) {
      const plain = await get(app, '/w/core-AbC123.js', header);
      expect(plain.headers.get('content-encoding')).toBeNull();
      expect(await plain.text()).toBe('export const core = 1;');
    }
  });

  it('lets any site load them (CORS) and answers a missing chunk with the one error shape', async () => {
    const { app } = builtWidget();
    expect((await app.request('/tp.js', { headers: { origin: 'https://shop.example' } })).headers.get('access-control-allow-origin')).toBe('*');
    const missing = await get(app, '/w/core-Missing1.js', 'br');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: { code: 'not_found' } });
  });
});
