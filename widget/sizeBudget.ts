import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

/** Gzipped bytes the widget may cost a host page. */
export const SIZE_BUDGET = {
  /** tp.js, which every page of every site loads. */
  launcher: 4 * 1024,
  /** tp.js plus the lazily loaded form chunk(s), Preact included. */
  total: 12 * 1024,
};

export interface FileSize {
  file: string;
  raw: number;
  gzip: number;
  brotli: number;
}

function measure(path: string, file: string): FileSize {
  const bytes = readFileSync(path);
  return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, brotli: brotliCompressSync(bytes).length };
}

/** Sizes of the built widget in widget/dist (run the build first). */
export function measureWidget(distDir: string) {
  const launcher = measure(join(distDir, 'tp.js'), 'tp.js');
  const chunks = readdirSync(join(distDir, 'w'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => measure(join(distDir, 'w', f), `w/${f}`));
  const totalGzip = launcher.gzip + chunks.reduce((sum, c) => sum + c.gzip, 0);
  return { launcher, chunks, totalGzip };
}
