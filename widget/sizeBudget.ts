import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

/** Gzipped bytes the widget may cost a host page. */
export const SIZE_BUDGET = {
  /** tp.js, which every page of every site loads. */
  launcher: 4 * 1024,
  /** tp.js plus every chunk needed to show any one form, Preact included. */
  total: 12 * 1024,
};

/**
 * What each form needs loaded before it shows, besides tp.js: chunks it waits
 * for (`after`: the abandon dialog is opened by the journeys chunk) and its own
 * entry with everything that entry imports, by source path as in Vite's manifest.
 */
export const FORMS = [
  { form: 'feedback', entry: 'src/ui/form/index.tsx', after: [] as string[] },
  { form: 'abandon', entry: 'src/ui/abandon/index.ts', after: ['src/journeys/index.ts'] },
];

/**
 * Not budgeted, printed so it stays visible: a journey page where the shopper
 * also opens the feedback tab has loaded the journeys chunk too.
 */
export const EXTRA_FIGURES = [{ form: 'feedback on a journey page', entry: 'src/ui/form/index.tsx', after: ['src/journeys/index.ts'] }];

export interface FileSize {
  file: string;
  raw: number;
  gzip: number;
  brotli: number;
}

export interface FormCost {
  form: string;
  /** tp.js first, then the chunks in load order. */
  files: string[];
  gzip: number;
}

interface ManifestEntry {
  file: string;
  imports?: string[];
}

function measure(path: string, file: string): FileSize {
  const bytes = readFileSync(path);
  return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, brotli: brotliCompressSync(bytes).length };
}

/** A manifest entry's file and, transitively, the files it imports statically. */
function withImports(manifest: Record<string, ManifestEntry>, key: string, into: Set<string>): Set<string> {
  const entry = manifest[key];
  if (!entry) throw new Error(`${key} is not in the widget build's manifest`);
  into.add(entry.file);
  for (const imported of entry.imports ?? []) withImports(manifest, imported, into);
  return into;
}

/** Sizes of the built widget in widget/dist (run the build first): per file, and per form what showing it costs. */
export function measureWidget(distDir: string) {
  const launcher = measure(join(distDir, 'tp.js'), 'tp.js');
  const chunks = readdirSync(join(distDir, 'w'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => measure(join(distDir, 'w', f), `w/${f}`));
  const manifest: Record<string, ManifestEntry> = JSON.parse(readFileSync(join(distDir, '.vite/manifest.json'), 'utf8'));
  const gzipOf = (file: string) => chunks.find((c) => c.file === file)!.gzip;
  const cost = ({ form, entry, after }: (typeof FORMS)[number]): FormCost => {
    const files = new Set<string>();
    for (const key of [...after, entry]) withImports(manifest, key, files);
    return { form, files: ['tp.js', ...files], gzip: launcher.gzip + [...files].reduce((sum, f) => sum + gzipOf(f), 0) };
  };
  const forms = FORMS.map(cost);
  return {
    launcher,
    chunks,
    forms,
    extra: EXTRA_FIGURES.map(cost),
    /** The costliest form: what the total budget is checked against. */
    totalGzip: Math.max(...forms.map((f) => f.gzip)),
  };
}
