import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../src/db/openDatabase.ts';
import { startIngestWriter } from '../src/ingest/ingestWriter.ts';
import { TEST_NOW } from '../../tests/clock/testInstants.ts';
import { repoRoot } from './childProcess.ts';
import { serveNodeFlags } from './serveNodeFlags.ts';
import { tempDirs } from './tempDirs.ts';

const tempDir = tempDirs('touchpoint-young-generation-');

/**
 * The old space's and the new space's largest sizes, in MB, in a fresh Node started with `flags`,
 * allocating as a busy collector does (many small objects, each kept long enough to leave the young
 * generation, then dropped) in turns of the event loop, with a worker thread running, as in the collector.
 */
function heapPeaks(flags: string[]): { old: number; new: number } {
  const script = `
    const { Worker } = await import('node:worker_threads');
    const worker = new Worker('setInterval(() => {}, 1000)', { eval: true });
    await new Promise((resolve) => worker.once('online', resolve));
    const { getHeapSpaceStatistics } = await import('node:v8');
    const size = (name) => getHeapSpaceStatistics().find((s) => s.space_name === name).space_size / 1048576;
    const kept = new Array(300000);
    const peak = { old: 0, new: 0 };
    for (let i = 0; i < 6000000; i++) {
      kept[i % kept.length] = { i, text: 'rating ' + i };
      if (i % 10000 === 0) {
        peak.old = Math.max(peak.old, size('old_space'));
        peak.new = Math.max(peak.new, size('new_space'));
        await new Promise((resolve) => setImmediate(resolve)); // a server's turns of the event loop
      }
    }
    console.log(JSON.stringify(peak));
    await worker.terminate();`;
  const run = spawnSync(process.execPath, [...flags, '--input-type=module', '-e', script], { cwd: repoRoot, encoding: 'utf8' });
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as { old: number; new: number };
}

// Issue 15: the collector's RSS under the ingest load ≤ 150 MB; V8's default
// heap growth on each thread was a third of it.
describe('the collector’s heap growth', () => {
  it('keeps the young generation at 8 MB (two 4 MB semi-spaces) and the old near what survives with the flags npm run serve passes', { timeout: 60_000 }, () => {
    // About 25 MB survive at a time; by default V8 lets the old space grow to several times that between collections,
    // and the new space to 32 MB (the checks below can fail).
    const byDefault = heapPeaks([]);
    expect(byDefault.old).toBeGreaterThan(120);
    expect(byDefault.new).toBeGreaterThan(16);
    const held = heapPeaks(serveNodeFlags());
    expect(held.old).toBeLessThan(100);
    expect(held.new).toBeLessThanOrEqual(8);
  });

  it('is started with the same flags by the systemd unit of the deployment guide', () => {
    const unit = readFileSync(join(repoRoot, 'deploy/touchpoint.service'), 'utf8');
    expect(unit).toContain(`ExecStart=/usr/bin/node ${serveNodeFlags().join(' ')} server/dist/main.js`);
    expect(serveNodeFlags()).toEqual(['--max-semi-space-size=4', '--heap-growing-percent=20']);
  });

  let db: Db | undefined;
  let writer: ReturnType<typeof startIngestWriter> | undefined;
  afterEach(async () => {
    await writer?.close();
    db?.close();
  });

  it('is a few MB on the ingest writer thread', { timeout: 30_000 }, () => {
    const file = join(tempDir(), 'touchpoint.db');
    db = openDatabase(file);
    writer = startIngestWriter(db, { storage: { engine: 'sqlite', file }, entry: new URL('../src/ingestWriterWorker.ts', import.meta.url), now: () => TEST_NOW });
    expect(writer.heapLimits()?.maxYoungGenerationSizeMb).toBeLessThanOrEqual(3);
  });
});
