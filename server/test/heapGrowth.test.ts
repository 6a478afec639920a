import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../src/db/openDatabase.ts';
import { startIngestWriter } from '../src/ingest/ingestWriter.ts';
import { TEST_NOW } from '../../tests/clock/testInstants.ts';
import { repoRoot } from './childProcess.ts';
import { tempDirs } from './tempDirs.ts';

const tempDir = tempDirs('touchpoint-young-generation-');

/**
 * How many MB the new space grew by in a fresh Node allocating as a busy
 * collector does (many small objects, each kept a little while), having first
 * imported `first` if given and started a worker thread, as the collector does.
 */
function newSpaceGrowth(first?: string): number {
  const script = `
    ${first ? `await import(${JSON.stringify(pathToFileURL(join(repoRoot, first)).href)});` : ''}
    const { Worker } = await import('node:worker_threads');
    const worker = new Worker('setInterval(() => {}, 1000)', { eval: true });
    await new Promise((resolve) => worker.once('online', resolve));
    await new Promise((resolve) => setImmediate(resolve));
    const { getHeapSpaceStatistics } = await import('node:v8');
    const newSpace = () => getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size / 1048576;
    const before = newSpace();
    const kept = new Array(20000);
    for (let i = 0; i < 1500000; i++) kept[i % kept.length] = { i, text: 'rating ' + i };
    console.log(newSpace() - before);
    await worker.terminate();`;
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: repoRoot, encoding: 'utf8' });
  expect(run.stderr).toBe('');
  return Number(run.stdout.trim());
}

// Issue 15: the collector's RSS under the ingest load ≤ 150 MB; V8's young
// generation, grown to its default maximum on each thread, was a third of it.
describe('the collector’s heap growth', () => {
  it('no longer grows on the main thread once main.ts has imported heapGrowth.ts, a worker thread started or not', { timeout: 60_000 }, () => {
    // The same allocations without it grow the new space (the check below can fail).
    expect(newSpaceGrowth()).toBeGreaterThan(8);
    expect(newSpaceGrowth('server/src/heapGrowth.ts')).toBe(0);
  });

  let db: Db | undefined;
  let writer: ReturnType<typeof startIngestWriter> | undefined;
  afterEach(async () => {
    await writer?.close();
    db?.close();
  });

  it('is a few MB on the ingest writer thread', { timeout: 30_000 }, () => {
    db = openDatabase(join(tempDir(), 'touchpoint.db'));
    writer = startIngestWriter(db, new URL('../src/ingestWriterWorker.ts', import.meta.url), () => TEST_NOW);
    expect(writer.heapLimits()?.maxYoungGenerationSizeMb).toBeLessThanOrEqual(3);
  });
});
