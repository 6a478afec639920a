import { setFlagsFromString } from 'node:v8';

/**
 * How far V8 lets the collector's heaps grow under load (issue 15: RSS under
 * the ingest load ≤ 150 MB). By default each semi-space of the young
 * generation grows to 16 MB and the old generation to about twice what
 * survived its last full collection: together some 50 MB of RSS for requests
 * that live a few milliseconds and rows that are committed and dropped. Here
 * the young generation stops growing and the old one grows by 30 % between
 * collections: smaller, more frequent collections, at about the same CPU per
 * rating on the ingest bench. Set from code rather than `node` flags so every
 * way the collector is started (npm run serve, Docker, systemd) gets them;
 * both are read at each collection, unlike `--max-semi-space-size`, which V8
 * reads only when a heap is set up. Imported first by main.ts.
 */
const FLAGS = '--semi-space-growth-factor=1 --heap-growing-percent=30';

const holdHeapGrowth = () => setFlagsFromString(FLAGS);
holdHeapGrowth();
// A worker thread's start sets V8's flags back to their defaults: set them again once each one runs.
process.on('worker', (worker) => worker.once('online', holdHeapGrowth));
