import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WIDGET_LANGUAGES } from '../../shared/schemas/survey.ts';
import { measureWidget } from '../sizeBudget.ts';

/** A built widget in miniature: tp.js and one file per manifest entry a form needs, each with the copies the build writes. */
function writeDist(dir: string) {
  const sources = ['src/widget.ts', 'src/feedback/entry.ts', 'src/journeys/entry.ts', 'src/surveys/entry.ts'];
  for (const folder of ['formStrings', 'abandonStrings', 'strings']) for (const lang of WIDGET_LANGUAGES) sources.push(`src/i18n/${folder}/${lang}.ts`);
  const manifest = Object.fromEntries(sources.map((source, i) => [source, { file: `w/chunk${i}.js` }]));
  mkdirSync(join(dir, 'w'));
  mkdirSync(join(dir, '.vite'));
  writeFileSync(join(dir, '.vite/manifest.json'), JSON.stringify(manifest));
  for (const file of ['tp.js', ...Object.values(manifest).map((entry) => entry.file)]) {
    const text = Buffer.from(`export const file = ${JSON.stringify(file)};\n`.repeat(40));
    writeFileSync(join(dir, file), text);
    // Level 1, not the level-9 copy a fresh compression would make: the size read back must be this file's.
    writeFileSync(join(dir, `${file}.gz`), gzipSync(text, { level: 1 }));
    writeFileSync(join(dir, `${file}.br`), brotliCompressSync(text));
  }
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tp-size-'));
  writeDist(dir);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('what the size budget counts', () => {
  it('is the compressed copies the collector sends, not a compression of its own', () => {
    const { launcher, forms } = measureWidget(dir);
    expect(launcher.gzip).toBe(statSync(join(dir, 'tp.js.gz')).size);
    expect(launcher.brotli).toBe(statSync(join(dir, 'tp.js.br')).size);
    const served = forms.find((f) => f.form === 'abandon')!.files.reduce((sum, file) => sum + statSync(join(dir, `${file}.gz`)).size, 0);
    expect(forms.find((f) => f.form === 'abandon')!.gzip).toBe(served);
  });

  it('refuses a copy that does not hold its file, as after a build that left old copies behind', () => {
    writeFileSync(join(dir, 'w/chunk0.js.gz'), gzipSync('export const core = "old";'));
    expect(() => measureWidget(dir)).toThrow(/w\/chunk0\.js\.gz does not hold w\/chunk0\.js/);
  });
});
