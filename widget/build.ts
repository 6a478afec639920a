import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type InlineConfig, type Plugin, type Rollup } from 'vite';
import { mangleInternalProps } from './internalProps.ts';
import { precompress } from './precompress.ts';
import { squeeze } from './squeeze.ts';
import { WIDGET_LANGUAGES } from '../shared/schemas/survey.ts';

// The floating widget's chunks come from one build per feature, each an ES
// module with a hashed name for immutable caching: the feedback form, journey
// tracking with "What stopped you?", the surveys runtime with the survey
// dialog, then the core (widget.ts: site config, outbox, visitor, the
// launchers), which import()s the three by the names those builds gave them.
// Each feature's chunk carries its own copy of what it shares with the others
// (the dialog kit, the leave detectors, URL rules), so showing a form costs
// tp.js, the core, one feature chunk and its words: four gzip streams, none
// holding another form's code. Every words chunk is one language. Then the tiny
// launcher tp.js, a classic script that must not import anything statically
// and learns the core's file name from `define`. Last, every file is written
// brotli- and gzip-compressed beside itself (precompress.ts), for the
// collector to serve as the browser accepts.
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

/** Vite's manifest of each chunk build (which chunks an entry imports), merged into dist/.vite/manifest.json for the size budget. */
const manifests: Record<string, unknown>[] = [];

/**
 * The words of one feature (a folder of src/i18n/), one file per language, all
 * three named with one hash of the three: `w/formStrings-zh-CN-<hash>.js`. The
 * chunks that load them (`__TP_WORDS__`) then name the file from the language
 * instead of carrying a table of three hashed names, about 50 B gzipped each.
 * Returns that hash.
 */
async function buildWords(folder: string, name: string): Promise<string> {
  const [output] = (await build({
    ...shared,
    plugins: [mangleInternalProps(), squeeze()],
    build: {
      ...shared.build,
      write: false,
      lib: { entry: Object.fromEntries(WIDGET_LANGUAGES.map((lang) => [lang, src(`i18n/${folder}/${lang}.ts`)])), formats: ['es'] },
      rollupOptions: { output: { format: 'es', minify: true, comments: false } },
    },
  })) as Rollup.RollupOutput[];
  const code = (lang: string) => output!.output.find((o): o is Rollup.OutputChunk => o.type === 'chunk' && o.name === lang)!.code;
  const hash = createHash('sha256').update(WIDGET_LANGUAGES.map(code).join('\0')).digest('base64url').slice(0, 6);
  mkdirSync(join(outDir, 'w'), { recursive: true });
  for (const lang of WIDGET_LANGUAGES) {
    const file = `w/${name}-${lang}-${hash}.js`;
    writeFileSync(join(outDir, file), code(lang));
    manifests.push({ [`src/i18n/${folder}/${lang}.ts`]: { file, isEntry: true } });
  }
  return hash;
}
const words = {
  formStrings: await buildWords('formStrings', 'formStrings'),
  abandonStrings: await buildWords('abandonStrings', 'abandonStrings'),
  surveyStrings: await buildWords('strings', 'surveyStrings'),
};

/**
 * One chunk build: `entry` and all it imports statically in one chunk (the
 * words, built before, it loads by name); `chunks` maps other builds' entries,
 * by source path, to the file they were built into.
 */
async function buildChunk(name: string, entry: string, chunks: Record<string, string> = {}): Promise<Rollup.OutputChunk> {
  const [output] = (await build({
    ...shared,
    define: Object.fromEntries(Object.entries(words).map(([name, hash]) => [`__TP_WORDS__.${name}`, JSON.stringify(hash)])),
    plugins: [mangleInternalProps(), builtElsewhere(chunks), squeeze()],
    build: {
      ...shared.build,
      manifest: `.vite/manifest-${name}.json`,
      // Library mode: chunks that import() others get no module-preload helper,
      // which would cost more than a kilobyte; nothing here has CSS files to preload.
      lib: { entry: { [name]: src(entry) }, formats: ['es'] },
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
        },
      },
    },
  })) as Rollup.RollupOutput[];
  manifests.push(JSON.parse(readFileSync(join(outDir, `.vite/manifest-${name}.json`), 'utf8')));
  rmSync(join(outDir, `.vite/manifest-${name}.json`));
  return output!.output.find((o): o is Rollup.OutputChunk => o.type === 'chunk' && o.isEntry)!;
}

/** Imports of another build's entry become imports of its built file, beside this one in w/. */
function builtElsewhere(chunks: Record<string, string>): Plugin {
  return {
    name: 'touchpoint-built-elsewhere',
    enforce: 'pre',
    resolveId(source, importer) {
      const file = importer && chunks[resolve(dirname(importer), source)];
      return file ? { id: `./${file.slice('w/'.length)}`, external: true } : null;
    },
  };
}

/** A words chunk of the hosted page's build is named for its feature and language (surveyStrings-zh-CN…). */
function chunkName(chunk: Rollup.PreRenderedChunk): string {
  const path = chunk.facadeModuleId && relative(src(''), chunk.facadeModuleId).replace(/\\/g, '/').replace(/\.ts$/, '');
  const words = path?.match(/^i18n\/(formStrings|abandonStrings|strings)\/(.+)$/);
  if (words) return `${words[1] === 'strings' ? 'surveyStrings' : words[1]}-${words[2]}`;
  return chunk.name;
}

const features = {
  [src('feedback/entry.ts')]: (await buildChunk('form', 'feedback/entry.ts')).fileName,
  [src('journeys/entry.ts')]: (await buildChunk('journeys', 'journeys/entry.ts')).fileName,
  [src('surveys/entry.ts')]: (await buildChunk('surveys', 'surveys/entry.ts')).fileName,
};
const core = await buildChunk('core', 'widget.ts', features);
writeFileSync(join(outDir, '.vite/manifest.json'), JSON.stringify(Object.assign({}, ...manifests), null, 2));

await build({
  ...shared,
  plugins: [mangleInternalProps(), squeeze()],
  define: {
    __TP_CORE_CHUNK__: JSON.stringify(core.fileName),
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
for (const file of files) await precompress(join(outDir, file));

console.log(`widget built: dist/tp.js, dist/touchpoint-api.js, dist/touchpoint.d.ts, dist/${hostedScript} + ${files.filter((f) => f.startsWith('w/') && !f.startsWith('w/hosted')).map((f) => `dist/${f}`).join(', ')}`);
