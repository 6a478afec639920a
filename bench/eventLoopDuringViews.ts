// What the longest views do to everyone else: generates N responses over a year
// (default 1 000 000) into a temporary SQLite file once, then reads the slowest
// views over the longest span allowed (400 days) twice, first in-process on the
// collector's thread as before, then on the view worker threads startCollector
// uses, while the public `GET /v1/sites/:key/config` is asked every 20 ms. It
// prints the event loop's delay (perf_hooks monitorEventLoopDelay) p99 and max,
// and the slowest config answer, during each view.
//
//   npx tsx bench/eventLoopDuringViews.ts            1 000 000 responses
//   npx tsx bench/eventLoopDuringViews.ts 200000     fewer, for a quick look

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createApp } from '../server/src/app.ts';
import { viewWorkerPool } from '../server/src/views/viewWorkerPool.ts';
import { benchShop } from './benchShop.ts';

const RESPONSES = Number(process.argv[2] ?? 1_000_000);
const DAY = 86_400_000;
const TOKEN = 'bench-token';
const PROBE_EVERY_MS = 20;
/** The views that took longest over 400 days (bench/insightViews.ts … 400), but themes, whose terms take minutes to make. */
const WORST = ['summary', 'filter-options', 'fix-first', 'journey-map', 'surveys/nps/results'];

const ms = (ns: number) => (ns / 1e6).toFixed(0).padStart(9);

const dir = mkdtempSync(join(tmpdir(), 'touchpoint-event-loop-bench-'));
try {
  // A bench measures today's collector, so it takes the wall clock, once.
  const now = Date.now();
  const file = join(dir, 'touchpoint.db');
  const { db, site } = benchShop(file, RESPONSES, now, { terms: false });
  const span = `from=${new Date(now - 400 * DAY).toISOString()}&to=${new Date(now).toISOString()}`;
  const config = { adminToken: TOKEN, widgetDir: '/nonexistent', dashboardDir: '/nonexistent', secureCookies: false, now: () => now };

  console.log(`\n${RESPONSES.toLocaleString('en')} responses over a year; each view over 400 days; config asked every ${PROBE_EVERY_MS} ms`);
  console.log('where'.padEnd(16), 'view'.padEnd(22), 'view ms'.padStart(9), 'loop p99'.padStart(9), 'loop max'.padStart(9), 'config max'.padStart(11));
  for (const where of ['in-process', 'worker threads'] as const) {
    const views = where === 'worker threads' ? viewWorkerPool({ storage: { engine: 'sqlite', file }, size: 2 }) : undefined;
    const app = createApp({ db, views, config });
    const get = (path: string) => app.request(path, { headers: { authorization: `Bearer ${TOKEN}` } });
    // Started and warm: what is measured is the view, not a thread's start.
    await get(`/api/sites/${site.key}/summary`);
    for (const view of WORST) {
      const loop = monitorEventLoopDelay({ resolution: 10 });
      let slowestConfig = 0;
      let reading = true;
      const probe = (async () => {
        // Timed from when it was due, as a shopper's browser would see it: a blocked loop delays the asking too.
        let due = performance.now();
        while (reading) {
          await app.request(`/v1/sites/${site.key}/config`);
          slowestConfig = Math.max(slowestConfig, performance.now() - due);
          const asleep = performance.now();
          await new Promise((resolve) => setTimeout(resolve, PROBE_EVERY_MS));
          due = asleep + PROBE_EVERY_MS;
        }
      })();
      loop.enable();
      // The histogram's first tick only starts its clock: let it tick before the view, so a block is counted.
      await new Promise((resolve) => setTimeout(resolve, 50));
      const t0 = performance.now();
      const res = await get(`/api/sites/${site.key}/${view}${view.includes('?') ? '&' : '?'}${span}`);
      const took = performance.now() - t0;
      await res.arrayBuffer();
      // The histogram takes a delay when the late timer finally fires: let it, before stopping.
      await new Promise((resolve) => setTimeout(resolve, 50));
      loop.disable();
      reading = false;
      await probe;
      if (res.status !== 200) throw new Error(`${view}: HTTP ${res.status}`);
      console.log(
        where.padEnd(16),
        view.padEnd(22),
        took.toFixed(0).padStart(9),
        ms(loop.percentile(99)),
        ms(loop.max),
        slowestConfig.toFixed(0).padStart(11),
      );
    }
    await views?.close();
  }
  db.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
