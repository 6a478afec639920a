import { PerformanceObserver } from 'node:perf_hooks';
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';

/**
 * How far V8 lets the collector's main heap grow under load (issue 15: RSS
 * under the ingest load ≤ 150 MB). By default the young generation's two
 * semi-spaces grow to 16 MB each and the old generation to several times what
 * survived its last full collection: together some 60 MB of RSS for requests
 * that live a few milliseconds and rows that are committed and dropped. Here
 * the new space grows to NEW_SPACE_MB at most and the old generation by 20 %
 * between collections: more, smaller collections, at about the same CPU per
 * rating on the ingest bench. Set from code rather than `node` flags so every
 * way the collector is started (npm run serve, Docker, systemd) gets them.
 * `--max-semi-space-size` is read only when a heap is set up, so the new
 * space's cap is kept by turning its growth off and on after each collection
 * (V8 reads the growth factor at each one; a cap by growth alone would leave
 * the space at 2 MB after an idle spell shrank it, which costs a fifth more
 * CPU per rating). Imported first by main.ts. Worker threads have their own
 * limits (resourceLimits).
 */
const NEW_SPACE_MB = 8;
const OLD_GROWTH = '--heap-growing-percent=20';

let growing: boolean | undefined;

function holdNewSpace(): void {
  const newSpace = getHeapSpaceStatistics().find((space) => space.space_name === 'new_space');
  const grow = (newSpace?.space_size ?? 0) < NEW_SPACE_MB * 1024 * 1024;
  if (grow === growing) return;
  growing = grow;
  setFlagsFromString(`--semi-space-growth-factor=${grow ? 2 : 1}`);
}

function holdHeapGrowth(): void {
  setFlagsFromString(OLD_GROWTH);
  growing = undefined;
  holdNewSpace();
}

holdHeapGrowth();
new PerformanceObserver(holdNewSpace).observe({ entryTypes: ['gc'] });
// A worker thread's start sets V8's flags back to their defaults: set them again once each one runs.
process.on('worker', (worker) => worker.once('online', holdHeapGrowth));
