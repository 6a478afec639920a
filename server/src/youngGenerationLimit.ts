import { setFlagsFromString } from 'node:v8';

/**
 * The collector's main thread keeps V8's young generation at its starting
 * size (issue 15: RSS under the ingest load ≤ 150 MB). Under sustained ingest
 * V8 grows each semi-space from 1 to 16 MB, tens of MB of RSS for a heap
 * whose requests live a few milliseconds; a small one costs more, shorter
 * scavenges instead. Set from code rather than a `node` flag so every way the
 * collector is started (npm run serve, Docker, systemd) gets it; the growth
 * factor is read at each scavenge, unlike `--max-semi-space-size`, which V8
 * reads only when the heap is set up. Imported first by main.ts, before the
 * rest of the bundle allocates. Worker threads set theirs in resourceLimits.
 */
setFlagsFromString('--semi-space-growth-factor=1');
