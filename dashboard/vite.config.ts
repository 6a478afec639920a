import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const dashboardDir = fileURLToPath(new URL('.', import.meta.url));

// `vite --config dashboard/vite.config.ts` for live editing: API calls go to a
// running collector. It refuses cookie writes from another origin, so the proxy
// presents them as coming from the collector itself.
const collector = process.env.TOUCHPOINT_COLLECTOR_URL ?? 'http://127.0.0.1:8787';
const toCollector = { target: collector, changeOrigin: true, headers: { origin: collector } };

// The collector serves dist/index.html at `/` and `/login`, and dist/assets/* at
// `/assets/*`, so the layout and the base path must stay exactly like this.
export default defineConfig({
  root: dashboardDir,
  base: '/',
  // Preact's automatic JSX runtime; without this oxc would emit react/jsx-runtime
  // imports (there is no @preact/preset-vite here).
  oxc: {
    jsx: { runtime: 'automatic', importSource: 'preact' },
  },
  server: {
    proxy: { '/api': toCollector, '/auth': toCollector, '/tp.js': toCollector },
  },
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    assetsDir: 'assets',
    // Inlined assets would become data: URLs in CSS/JS; the CSP allows data: only
    // for images, so keep every asset a real file.
    assetsInlineLimit: 0,
    target: 'es2022',
  },
});
