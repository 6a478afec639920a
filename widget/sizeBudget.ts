import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { WIDGET_LANGUAGES } from '../shared/schemas/survey.ts';

/** Gzipped bytes the widget may cost a host page. */
export const SIZE_BUDGET = {
  /** tp.js, which every page of every site loads: issue 15's goal. */
  launcher: 2 * 1024,
  /** Issue 15's goal for tp.js plus every chunk needed to show any one form, the core included. */
  goal: 10 * 1024,
  /**
   * Each form's budget: the goal where it is met; else, for "What stopped you?"
   * and a survey (ARCHITECTURE.md, "Size budget"), a guard a little above what
   * they cost on 7 Dec 2026 after the squeeze pass (10 795 B and 10 618 B), so
   * they cannot grow back unnoticed.
   */
  forms: { feedback: 10 * 1024, abandon: 10_880, survey: 10_700 } as Record<string, number>,
};

/**
 * What each form needs loaded before it shows, besides tp.js and the core
 * (widget.ts, which tp.js loads on every page and which loads the rest): the
 * chunk it waits for (`after`, none in this build) and the chunk that holds it
 * (`entry`: the feedback form's own; "What stopped you?" comes with journey
 * tracking, a survey with the surveys runtime) with everything that imports,
 * statically or, words apart, by import(), by source path as in Vite's manifest. Every form also loads its words in one
 * language (`words`, a folder of widget/src/i18n/): the costliest is counted.
 */
export const FORMS = [
  { form: 'feedback', entry: 'src/feedback/entry.ts', after: [] as string[], words: 'formStrings' },
  { form: 'abandon', entry: 'src/journeys/entry.ts', after: [] as string[], words: 'abandonStrings' },
  { form: 'survey', entry: 'src/surveys/entry.ts', after: [] as string[], words: 'strings' },
];

/**
 * Not budgeted, printed so they stay visible: a journey page where the shopper
 * also opens the feedback tab, or is shown a survey, has loaded the journeys chunk too.
 */
export const EXTRA_FIGURES = [
  { form: 'feedback on a journey page', entry: 'src/feedback/entry.ts', after: ['src/journeys/entry.ts'], words: 'formStrings' },
  { form: 'survey on a journey page', entry: 'src/surveys/entry.ts', after: ['src/journeys/entry.ts'], words: 'strings' },
];

export interface FileSize {
  file: string;
  raw: number;
  gzip: number;
  brotli: number;
}

export interface FormCost {
  form: string;
  /** tp.js first, then the core and the other chunks in load order. */
  files: string[];
  gzip: number;
}

interface ManifestEntry {
  file: string;
  imports?: string[];
  dynamicImports?: string[];
}

/**
 * A built file's bytes and those of its `.gz` and `.br` copies, which the
 * collector sends in its place (widget/precompress.ts): what a browser
 * receives, checked to inflate to the file so that a stale copy cannot count.
 */
function measure(path: string, file: string): FileSize {
  const bytes = readFileSync(path);
  const served = (suffix: string, inflate: (data: Buffer) => Buffer) => {
    const copy = readFileSync(`${path}.${suffix}`);
    if (!inflate(copy).equals(bytes)) throw new Error(`${file}.${suffix} does not hold ${file}: build the widget again`);
    return copy.length;
  };
  return { file, raw: bytes.length, gzip: served('gz', gunzipSync), brotli: served('br', brotliDecompressSync) };
}

/** A manifest entry's file and, transitively, the files it imports statically. */
function withImports(manifest: Record<string, ManifestEntry>, key: string, into: Set<string>): Set<string> {
  const entry = manifest[key];
  if (!entry) throw new Error(`${key} is not in the widget build's manifest`);
  if (into.has(entry.file)) return into;
  into.add(entry.file);
  for (const imported of entry.imports ?? []) withImports(manifest, imported, into);
  return into;
}

/** What a form's chunk import()s besides words: a dialog in a chunk of its own, which the form pays for too. */
const lazyDialogs = (manifest: Record<string, ManifestEntry>, key: string) =>
  (manifest[key]?.dynamicImports ?? []).filter((imported) => !imported.startsWith('src/i18n/'));

/** Sizes of the built widget in widget/dist (run the build first): per file, and per form what showing it costs. */
export function measureWidget(distDir: string) {
  const launcher = measure(join(distDir, 'tp.js'), 'tp.js');
  const chunks = readdirSync(join(distDir, 'w'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => measure(join(distDir, 'w', f), `w/${f}`));
  const manifest: Record<string, ManifestEntry> = JSON.parse(readFileSync(join(distDir, '.vite/manifest.json'), 'utf8'));
  const gzipOf = (file: string) => chunks.find((c) => c.file === file)!.gzip;
  /** The costliest language's chunk of a words folder. */
  const costliestWords = (folder: string) =>
    WIDGET_LANGUAGES.map((lang) => withImports(manifest, `src/i18n/${folder}/${lang}.ts`, new Set()))
      .map((files) => [...files][0]!)
      .sort((a, b) => gzipOf(b) - gzipOf(a))[0]!;
  const cost = ({ form, entry, after, words }: (typeof FORMS)[number]): FormCost => {
    const files = new Set<string>();
    for (const key of ['src/widget.ts', ...after, entry, ...lazyDialogs(manifest, entry)]) withImports(manifest, key, files);
    files.add(costliestWords(words));
    return { form, files: ['tp.js', ...files], gzip: launcher.gzip + [...files].reduce((sum, f) => sum + gzipOf(f), 0) };
  };
  const forms = FORMS.map(cost);
  return {
    launcher,
    chunks,
    forms,
    extra: EXTRA_FIGURES.map(cost),
  };
}
