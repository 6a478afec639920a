import { defineConfig } from 'vite';

// The built collector (`npm run build:server` → server/dist/main.js) carries
// its dependencies, so a start reads and compiles a few modules instead of
// resolving and loading a few hundred from node_modules (issue 15: under a
// second to the first 202). better-sqlite3 stays outside: it loads its native
// addon from its own folder. The ingest writer's thread has its own entry,
// next to main.js where ingest/ingestWriter.ts looks for it, and so has each
// view worker's (views/viewWorkerPool.ts), and the thread that holds a
// PostgreSQL connection's socket (db/postgres/syncBridge.ts).
export default defineConfig({
  logLevel: 'warn',
  ssr: { noExternal: true, external: ['better-sqlite3'] },
  build: {
    ssr: true,
    outDir: 'server/dist',
    emptyOutDir: true,
    target: 'node20',
    rollupOptions: {
      input: {
        main: 'server/src/main.ts',
        ingestWriterWorker: 'server/src/ingestWriterWorker.ts',
        viewWorker: 'server/src/views/viewWorker.ts',
        postgresThread: 'server/src/db/postgres/postgresThread.ts',
      },
      output: { entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
    },
  },
});
