import { copyFileSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build, type InlineConfig, type Rollup } from 'vite';
import { mangleInternalProps } from './internalProps.ts';

// Two builds. First the lazily loaded chunks, ES modules with hashed names for
// immutable caching, all reached from one entry: the core (widget.ts: site
// config, outbox, visitor, journeys and surveys launchers, the dialog kit),
// which import()s the feedback form, journey tracking (then "What stopped
// you?"), the surveys runtime (then the survey dialog) and the words, one chunk
// per language. Then the tiny launcher tp.js, a classic script that must not
// import anything statically and learns the core's file name from `define`.
// Last, every file is written brotli- and gzip-compressed beside itself, at the
// highest levels, for the collector to serve as the browser accepts.
const root = fileURLToPath(new URL('.', import.meta.url));
const outDir = fileURLToPath(new URL('./dist', import.meta.url));
const src = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url));

const shared: InlineConfig = {
  root,
  configFile: false,
  logLevel: 'warn',
  build: {
    outDir,
    emptyOutDir: false,
    target: 'es2020',
    // Browsers with logical properties (inset-inline, margin-inline) and :has():
    // at an older target the CSS minifier rewrites logical sides into physical
    // ones keyed on :lang(ar), :lang(he)…, which ignores the host's dir="rtl"
    // and triples the size of the stylesheets.
    cssTarget: ['chrome105', 'edge105', 'firefox121', 'safari15.4'],
    minify: true,
    reportCompressedSize: false,
    modulePreload: false,
  },
};

rmSync(outDir, { recursive: true, force: true });

const [chunksBuild] = (await build({
  ...shared,
  plugins: [mangleInternalProps()],
  build: {
    ...shared.build,
    // dist/.vite/manifest.json: which chunks each entry imports, for the size budget.
    manifest: true,
    // Library mode: chunks that import() others get no module-preload helper,
    // which would cost more than a kilobyte; nothing here has CSS files to preload.
    lib: {
      entry: { core: src('widget.ts') },
      formats: ['es'],
    },
    rollupOptions: {
      preserveEntrySignatures: 'allow-extension',
      output: {
        format: 'es',
        // Library mode keeps ES output readable unless told otherwise.
        minify: true,
        // Not even the minifier's /* @__PURE__ */ notes: nothing bundles these files again.
        comments: false,
        // Six characters of hash (36 bits) tell a deploy's few files apart; each
        // import() names one, in every chunk on a form's way.
        entryFileNames: 'w/[name]-[hash:6].js',
        chunkFileNames: (chunk) => `w/${chunkName(chunk)}-[hash:6].js`,
        // Whatever more than one lazy chunk uses goes into the core, which is
        // always loaded before them: what the page and visitor are, sending,
        // URL rules, the dialog kit and the leave detectors journeys and
        // surveys share. Crumbs by which chunks share each piece would cost a
        // request and a gzip stream each (the detectors' own chunk cost the
        // survey and "What stopped you?" paths about 140 B more than this).
        codeSplitting: {
          groups: [
            {
              name: 'core',
              test: /src[\\/](widget\.ts|chunkContext|config|page|visitor|transport|journeys[\\/](launchJourneys|stateKey)|surveys[\\/]launchSurveys|ui[\\/]dialog|triggers[\\/](isTouchOnly|listen|fastScrollUp|exitIntent))|shared[\\/]matchUrlRule/,
            },
          ],
        },
      },
    },
  },
})) as Rollup.RollupOutput[];
/** A dynamic entry's chunk is named for its feature (form, survey, formStrings-zh-CN…), not "entry". */
function chunkName(chunk: Rollup.PreRenderedChunk): string {
  const path = chunk.facadeModuleId && relative(src(''), chunk.facadeModuleId).replace(/\\/g, '/').replace(/\.ts$/, '');
  const names: Record<string, string> = {
    'feedback/entry': 'form',
    'journeys/entry': 'journeys',
    'journeys/abandon/entry': 'abandon',
    'surveys/entry': 'surveys',
    'surveys/dialog/entry': 'survey',
  };
  const words = path?.match(/^i18n\/(formStrings|abandonStrings|strings)\/(.+)$/);
  if (words) return `${words[1] === 'strings' ? 'surveyStrings' : words[1]}-${words[2]}`;
  return (path && names[path]) || chunk.name;
}

const entryFile = (name: string) =>
  chunksBuild.output.find((o): o is Rollup.OutputChunk => o.type === 'chunk' && o.isEntry && o.name === name)!.fileName;

await build({
  ...shared,
  plugins: [mangleInternalProps()],
  define: {
    __TP_CORE_CHUNK__: JSON.stringify(entryFile('core')),
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

// The typed page API for single-page apps: a tiny ES module that queues like the
// snippet's stub and never imports the widget, with its declaration file.
await build({
  ...shared,
  build: {
    ...shared.build,
    lib: { entry: fileURLToPath(new URL('./api/index.ts', import.meta.url)), formats: ['es'], fileName: () => 'touchpoint-api.js' },
  },
});
copyFileSync(fileURLToPath(new URL('./api/touchpoint.d.ts', import.meta.url)), `${outDir}/touchpoint.d.ts`);

// The hosted survey page's script (GET /s/:siteKey/:survey on the collector):
// the survey form with its styles and words, its own entry so that none of it
// counts against tp.js or the floating widget's budget. Its file name goes to
// dist/hosted.json, where the collector looks it up.
const [hostedBuild] = (await build({
  ...shared,
  build: {
    ...shared.build,
    lib: { entry: { hosted: src('hosted/entry.ts') }, formats: ['es'] },
    rollupOptions: {
      output: {
        format: 'es',
        minify: true,
        entryFileNames: 'w/[name]-[hash:6].js',
        chunkFileNames: (chunk) => `w/hosted-${chunkName(chunk)}-[hash:6].js`,
      },
    },
  },
})) as Rollup.RollupOutput[];
const hostedScript = hostedBuild.output.find((o) => o.type === 'chunk' && o.isEntry)!.fileName;
writeFileSync(join(outDir, 'hosted.json'), JSON.stringify({ script: hostedScript }));

const files = ['tp.js', ...readdirSync(join(outDir, 'w')).map((f) => `w/${f}`)].filter((f) => f.endsWith('.js'));
for (const file of files) {
  const bytes = readFileSync(join(outDir, file));
  writeFileSync(join(outDir, `${file}.br`), brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
  writeFileSync(join(outDir, `${file}.gz`), gzipSync(bytes, { level: 9 }));
}

const chunkFiles = chunksBuild.output.filter((o) => o.type === 'chunk').map((o) => o.fileName);
console.log(`widget built: dist/tp.js, dist/touchpoint-api.js, dist/touchpoint.d.ts, dist/${hostedScript} + ${chunkFiles.map((f) => `dist/${f}`).join(', ')}`);
