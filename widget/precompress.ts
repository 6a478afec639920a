import { gzipAsync } from '@gfx/zopfli';
import { readFileSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';

/**
 * Writes `path.br` and `path.gz` beside a built file, the bytes the collector
 * serves (server/src/routes/widgetAssets.ts). The gzip copy is Zopfli's: the
 * same format any browser inflates, found by a slower search, 1–2.5% smaller
 * than zlib at level 9 on these files (tp.js 1 972 → 1 948 B, journeys 6 010 →
 * 5 889 B, 8 Dec 2026), which is what a browser without brotli receives.
 */
export async function precompress(path: string): Promise<void> {
  const bytes = readFileSync(path);
  writeFileSync(`${path}.br`, brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
  writeFileSync(`${path}.gz`, await gzipAsync(bytes, { numiterations: 15 }));
}
