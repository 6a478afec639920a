import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build, type InlineConfig, type Rollup } from 'vite';

// Two builds. First the lazily loaded chunks, ES modules with hashed names for
// immutable caching: the feedback form (Preact), "What stopped you?" (plain DOM)
// with the dialog pieces they share in a chunk of their own, and journey
// tracking (plain TS). Then the tiny launcher tp.js, a classic script that must
// not import anything statically and learns the entries' file names from
// `define`; it loads each chunk when needed.
const root = fileURLToPath(new URL('.', import.meta.url));
const outDir = fileURLToPath(new URL('./dist', import.meta.url));
const src = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url));

const shared: InlineConfig = {
  root,
  configFile: false,
  logLevel: 'warn',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: { outDir, emptyOutDir: false, target: 'es2020', minify: true, reportCompressedSize: false, modulePreload: false },
};

rmSync(outDir, { recursive: true, force: true });

const chunksBuild = (await build({
  ...shared,
  build: {
    ...shared.build,
    // dist/.vite/manifest.json: which chunks each entry imports, for the size budget.
    manifest: true,
    rollupOptions: {
      input: { form: src('ui/form/index.tsx'), abandon: src('ui/abandon/index.ts'), journeys: src('journeys/index.ts') },
      preserveEntrySignatures: 'strict',
      output: { format: 'es', entryFileNames: 'w/[name]-[hash].js', chunkFileNames: 'w/shared-[hash].js' },
    },
  },
})) as Rollup.RollupOutput;
const entryFile = (name: string) =>
  chunksBuild.output.find((o): o is Rollup.OutputChunk => o.type === 'chunk' && o.isEntry && o.name === name)!.fileName;
const formChunk = entryFile('form');
const journeysChunk = entryFile('journeys');
const abandonChunk = entryFile('abandon');

await build({
  ...shared,
  define: {
    __TP_FORM_CHUNK__: JSON.stringify(formChunk),
    __TP_JOURNEYS_CHUNK__: JSON.stringify(journeysChunk),
    __TP_ABANDON_CHUNK__: JSON.stringify(abandonChunk),
  },
  build: {
    ...shared.build,
    lib: {
      entry: src('main.ts'),
      formats: ['iife'],
      name: 'touchpointLauncher',
      fileName: () => 'tp.js',
    },
  },
});

const files = chunksBuild.output.filter((o) => o.type === 'chunk').map((o) => o.fileName);
console.log(`widget built: dist/tp.js + ${files.map((f) => `dist/${f}`).join(', ')}`);
