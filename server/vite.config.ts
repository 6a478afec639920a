import { defineConfig } from 'vite';

// The built collector (`npm run build:server` → server/dist/main.js) carries
// its dependencies in the one file, so a start reads and compiles one module
// instead of resolving and loading a few hundred from node_modules (issue 15:
// under a second to the first 202). better-sqlite3 stays outside: it loads its
// native addon from its own folder.
export default defineConfig({
  logLevel: 'warn',
  ssr: { noExternal: true, external: ['better-sqlite3'] },
  build: { ssr: 'server/src/main.ts', outDir: 'server/dist', emptyOutDir: true, target: 'node20' },
});
