// A vitest setup file: every test file starts with the clock at a fixed
// instant (TOUCHPOINT_TEST_NOW, or DEFAULT_TEST_NOW), never at the day the
// suite happens to run. The clock still moves forward in real time from there,
// so timeouts and durations measured with Date.now() behave as in production;
// it is only the calendar that is pinned. Tests that need an exact instant
// pass their own `now` to the code (createApp's config.now, the seeds' `now`).
import { TEST_NOW } from './testInstants.ts';

if (Number.isNaN(TEST_NOW)) throw new Error(`TOUCHPOINT_TEST_NOW is not an ISO instant: ${process.env.TOUCHPOINT_TEST_NOW}`);

const WallDate = globalThis.Date;
const offset = TEST_NOW - WallDate.now();
const pinnedNow = () => WallDate.now() + offset;

// A function, not a class, so that `Date()` called without `new` still works
// (it returns the current time as a string, as the real one does).
function PinnedDate(this: unknown, ...args: unknown[]) {
  if (!new.target) return new WallDate(pinnedNow()).toString();
  return args.length === 0 ? new WallDate(pinnedNow()) : new (WallDate as new (...a: unknown[]) => Date)(...args);
}
PinnedDate.prototype = WallDate.prototype;
PinnedDate.now = pinnedNow;
PinnedDate.parse = WallDate.parse;
PinnedDate.UTC = WallDate.UTC;
globalThis.Date = PinnedDate as unknown as DateConstructor;
