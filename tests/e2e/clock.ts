import { TEST_NOW } from '../clock/testInstants.ts';

const startedAt = performance.now();

/**
 * The browser tests' clock: it starts at the suite's pinned instant
 * (TOUCHPOINT_TEST_NOW, or the default of tests/clock/testInstants.ts) and
 * runs in real time from there. The collector of the stack, the rows the
 * specs plant and every browser page (test.ts) read this one clock, so the
 * dashboard's "last 30 days" and the data agree on any day the suite runs.
 */
export function e2eNow(): number {
  return TEST_NOW + Math.round(performance.now() - startedAt);
}
