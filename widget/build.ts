import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build, type InlineConfig, type Rollup } from 'vite';

// Two builds: first the lazily loaded form (an ES module with Preact, name
// hashed for immutable caching), then the tiny launcher tp.js (a classic script
// that must not import anything statically) which learns the form's file name.
const root = fileURLToPath(new URL('.', import.meta.url));
const outDir = fileURLToPath(new URL('./dist', import.meta.url));

const shared: InlineConfig = {
  root,
  configFile: false,
  logLevel: 'warn',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: { outDir, emptyOutDir: false, target: 'es2020', minify: true, reportCompressedSize: false, modulePreload: false },
};

rmSync(outDir, { recursive: true, force: true });

const formBuild = (await build({
  ...shared,
  build: {
    ...shared.build,
    rollupOptions: {
      input: { form: fileURLToPath(new URL('./src/ui/form/index.tsx', import.meta.url)) },
      preserveEntrySignatures: 'strict',
      output: { format: 'es', entryFileNames: 'w/[name]-[hash].js', chunkFileNames: 'w/[name]-[hash].js' },
    },
  },
})) as Rollup.RollupOutput;
const formChunk = formBuild.output.find((o) => o.type === 'chunk' && o.isEntry)!.fileName;

await build({
  ...shared,
  define: { __TP_FORM_CHUNK__: JSON.stringify(formChunk) },
  build: {
    ...shared.build,
    lib: {
      entry: fileURLToPath(new URL('./src/main.ts', import.meta.url)),
      formats: ['iife'],
      name: 'touchpointLauncher',
      fileName: () => 'tp.js',
    },
  },
});

console.log(`widget built: dist/tp.js + dist/${formChunk}`);
