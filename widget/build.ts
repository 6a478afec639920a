import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build, type InlineConfig, type Rollup } from 'vite';
import { WIDGET_LANGUAGES as LANGUAGES } from '../shared/schemas/survey.ts';

// Two builds. First the lazily loaded chunks, ES modules with hashed names for
// immutable caching: the feedback form, "What stopped you?" and the survey
// dialog (plain DOM) with the dialog pieces they share in chunks of their
// own, journey tracking and the surveys runtime (plain TS), and the forms' words,
// one chunk per language. Then the tiny launcher tp.js, a classic script that
// must not import anything statically and learns the file names of the entries
// it loads from `define`; the journeys and surveys chunks import their dialogs
// (and a survey its words) themselves.
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
  build: {
    ...shared.build,
    // dist/.vite/manifest.json: which chunks each entry imports, for the size budget.
    manifest: true,
    // Library mode: chunks that import() others get no module-preload helper,
    // which would cost more than a kilobyte; nothing here has CSS files to preload.
    lib: {
      entry: {
        form: src('feedback/entry.ts'),
        abandon: src('journeys/abandon/entry.ts'),
        journeys: src('journeys/entry.ts'),
        surveys: src('surveys/entry.ts'),
        survey: src('surveys/dialog/entry.ts'),
        ...Object.fromEntries(LANGUAGES.map((lang) => [`formStrings-${lang}`, src(`i18n/formStrings/${lang}.ts`)])),
        ...Object.fromEntries(LANGUAGES.map((lang) => [`surveyStrings-${lang}`, src(`i18n/strings/${lang}.ts`)])),
      },
      formats: ['es'],
    },
    rollupOptions: {
      preserveEntrySignatures: 'strict',
      output: {
        format: 'es',
        // Library mode keeps ES output readable unless told otherwise.
        minify: true,
        entryFileNames: 'w/[name]-[hash].js',
        chunkFileNames: 'w/[name]-[hash].js',
        // What every dialog uses in one chunk, rather than in crumbs by which
        // dialogs use each piece; likewise what the page and visitor are, which
        // the form, journeys and surveys chunks all send.
        codeSplitting: {
          groups: [
            { name: 'dialog', test: /src[\\/]ui[\\/]dialog[\\/]/ },
            { name: 'visitor', test: /src[\\/](page|visitor)[\\/]/ },
          ],
        },
      },
    },
  },
})) as Rollup.RollupOutput[];
const entryFile = (name: string) =>
  chunksBuild.output.find((o): o is Rollup.OutputChunk => o.type === 'chunk' && o.isEntry && o.name === name)!.fileName;

await build({
  ...shared,
  define: {
    __TP_FORM_CHUNK__: JSON.stringify(entryFile('form')),
    __TP_JOURNEYS_CHUNK__: JSON.stringify(entryFile('journeys')),
    __TP_SURVEYS_CHUNK__: JSON.stringify(entryFile('surveys')),
    __TP_STRINGS_CHUNKS__: JSON.stringify(Object.fromEntries(LANGUAGES.map((lang) => [lang, entryFile(`formStrings-${lang}`)]))),
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
