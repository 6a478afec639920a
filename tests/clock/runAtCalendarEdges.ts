// `npm run test:dates`: the whole unit suite once per calendar edge (leap day,
// month end, Monday, Sunday, turn of a year), the clock pinned by
// TOUCHPOINT_TEST_NOW. A test that depends on the day it runs fails here.
import { spawnSync } from 'node:child_process';
import { CALENDAR_EDGES } from './testInstants.ts';

const failed: string[] = [];
for (const instant of CALENDAR_EDGES) {
  console.log(`\n=== unit suite with the clock at ${instant}`);
  const run = spawnSync('npx', ['vitest', 'run', ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, TOUCHPOINT_TEST_NOW: instant },
  });
  if (run.status !== 0) failed.push(instant);
}
console.log(failed.length ? `\nFailed at: ${failed.join(', ')}` : `\nPassed at all ${CALENDAR_EDGES.length} instants.`);
process.exit(failed.length ? 1 : 0);
