import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lastWeekOf } from '../dashboard/src/components/insight/WeekSurgeNote.tsx';
import { DEFAULT_PRESET, presetRange } from '../dashboard/src/state/dateRange.ts';
import { fixFirstSchema } from '../shared/schemas/fixFirst.ts';
import { summarySchema } from '../shared/schemas/summary.ts';
import { CALENDAR_EDGES, DEFAULT_TEST_NOW } from '../tests/clock/testInstants.ts';
import { adminRequest, type AdminApi } from './collectorApi.ts';
import { ensureDemoSite } from './ensureDemoSite.ts';
import { seedDemoSite } from './seedDemo.ts';
import { startSeedTestCollector } from './seedTestCollector.ts';

const HOUR = 3_600_000;

// What a new user sees on the first screen after `npm start`, on whatever day
// they start it: the Overview's default range (the last 30 UTC days), and the
// week note over its last 7 days, which names the first new-or-growing problem
// of fix first (WeekSurgeNote). The planted payment incident must be that
// problem, flagged "growing", on every date: it once depended on the day's draw.
describe('the demo\'s planted payment incident, on the first screen', () => {
  let collector: Awaited<ReturnType<typeof startSeedTestCollector>>;
  let api: AdminApi;
  let now = 0;

  beforeAll(async () => {
    collector = await startSeedTestCollector(() => now);
    api = collector.api;
    // A real collector's writer and view threads start through tsx: seconds on a loaded machine.
  }, 60_000);

  afterAll(() => collector?.close(), 60_000);

  it.each([DEFAULT_TEST_NOW, ...CALENDAR_EDGES].map((instant, i) => [instant, i] as const))(
    'is this week\'s growing problem when the demo starts at %s',
    async (instant, i) => {
      // `npm start` seeds up to the last whole hour, as seedDemoSite does without a `now`.
      now = Math.floor(Date.parse(instant) / HOUR) * HOUR + 17 * 60_000;
      const { key } = await ensureDemoSite({ ...api, demoPort: 6100 + i });
      await seedDemoSite({ ...api, siteKey: key, generate: { now: Math.floor(now / HOUR) * HOUR } });

      // The week note reads the range as the summary answered it, in instants of the demo site's (UTC) days.
      const range = presetRange(DEFAULT_PRESET, new Date(now), 'UTC');
      const summary = summarySchema.parse(await adminRequest(api, 'GET', `/api/sites/${key}/summary?${new URLSearchParams({ ...range })}`));
      const week = lastWeekOf(summary, 'UTC');
      const query = new URLSearchParams({ ...week, limit: '200' });
      const fixFirst = fixFirstSchema.parse(await adminRequest(api, 'GET', `/api/sites/${key}/fix-first?${query}`));
      const surge = fixFirst.problems.find((problem) => problem.flag !== null);
      expect(surge, 'no problem is flagged this week').toBeDefined();
      expect(surge!.flag).toBe('growing');
      expect(surge!.step ?? surge!.key).toMatch(/payment/);
      expect(surge!.impact).toBeGreaterThan(2 * surge!.previous.impact);
    },
    60_000,
  );
});
