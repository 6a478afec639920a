import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { TEST_NOW } from '../../../tests/clock/testInstants.ts';
import { finished, spawnTs } from '../childProcess.ts';

// The database and the file go to memory-backed /dev/shm where there is one:
// this measures the import's own memory and work, not a shared disk's fsyncs.
const DIR = existsSync('/dev/shm') ? '/dev/shm' : tmpdir();
/**
 * A small V8 heap, so an import that kept rows would run out of it; 64 MB
 * rather than less because below it the collector spends as long collecting
 * garbage as importing (48 MB took 20 s of CPU where 64 takes 12).
 */
const HEAP_MB = 64;

describe('a 100 000-row CSV', () => {
  it('is streamed through the import within a memory bound, with progress all the way', { timeout: 240_000 }, async () => {
    const child = spawnTs('server/test/import/largeImportChild.ts', ['100000', new Date(TEST_NOW).toISOString(), DIR], {
      NODE_OPTIONS: `--max-old-space-size=${HEAP_MB}`,
    });
    const run = await finished(child, 230_000);
    expect(run.code, run.stderr).toBe(0);
    const figures = JSON.parse(run.stdout) as Record<string, unknown>;
    console.log('100 000-row import:', figures);
    expect(figures).toMatchObject({ status: 'done', inserted: 100_000, stored: 100_000, progressMonotonic: true });
    expect(figures.progressReports).toBeGreaterThanOrEqual(50);
    expect(figures.rssGrowth).toBeLessThan(100 * 1024 * 1024);
  });
});
