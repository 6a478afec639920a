import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixFirstSchema } from '../shared/schemas/fixFirst.ts';
import { funnelSchema } from '../shared/schemas/funnel.ts';
import { journeyMapSchema } from '../shared/schemas/journeyMap.ts';
import { peakEndSchema } from '../shared/schemas/peakEnd.ts';
import type { JourneyList } from '../shared/schemas/journey.ts';
import type { SavedImportMappings } from '../shared/schemas/importMapping.ts';
import { CALL_CENTRE_MAPPING_NAME } from './callCentreCsv.ts';
import { CHECKOUT_JOURNEY } from './checkoutJourney.ts';
import { adminRequest, type AdminApi } from './collectorApi.ts';
import { ensureDemoSite } from './ensureDemoSite.ts';
import { seedDemoSite } from './seedDemo.ts';
import { startSeedTestCollector } from './seedTestCollector.ts';
import { TEST_NOW } from '../tests/clock/testInstants.ts';

const HOUR = 3_600_000;
const NOW = Math.floor(TEST_NOW / HOUR) * HOUR;

describe('the demo site, seeded through the admin API of a running collector', () => {
  let collector: Awaited<ReturnType<typeof startSeedTestCollector>>;
  let api: AdminApi;

  beforeAll(async () => {
    collector = await startSeedTestCollector();
    api = collector.api;
    // A real collector's writer and view threads start through tsx: seconds on a loaded machine.
  }, 60_000);

  afterAll(() => collector?.close(), 60_000);

  it('gets the checkout journey, ratings and checkout visits, and nothing more the second time', async () => {
    const site = await ensureDemoSite({ ...api, demoPort: 5999 });
    expect(site.created).toBe(true);
    const journeys = () => adminRequest<JourneyList>(api, 'GET', `/api/sites/${site.key}/journeys`);
    expect((await journeys()).journeys).toEqual([expect.objectContaining({ key: 'checkout', steps: CHECKOUT_JOURNEY.steps })]);

    const first = await seedDemoSite({ ...api, siteKey: site.key, generate: { now: NOW } });
    expect(first.ratings.inserted).toBe(first.ratings.received);
    expect(first.checkout.inserted).toBe(first.checkout.received);
    expect(first.checkout.received).toBeGreaterThan(10_000);
    expect(first.surveyAnswers.inserted).toBe(first.surveyAnswers.received);
    expect(first.surveyAnswers.received).toBeGreaterThan(100);

    // The Import page offers the mapping of demo/call-centre.csv.
    const saved = await adminRequest<SavedImportMappings>(api, 'GET', `/api/sites/${site.key}/import-mappings`);
    expect(saved.mappings).toEqual([expect.objectContaining({ name: CALL_CENTRE_MAPPING_NAME })]);

    const again = await ensureDemoSite({ ...api, demoPort: 5999 });
    expect(again).toEqual({ key: site.key, created: false });
    const second = await seedDemoSite({ ...api, siteKey: site.key, generate: { now: NOW } });
    expect(second.ratings).toEqual({ received: first.ratings.received, inserted: 0 });
    expect(second.checkout).toEqual({ received: first.checkout.received, inserted: 0 });
    expect(second.surveyAnswers).toEqual({ received: first.surveyAnswers.received, inserted: 0 });

    const range = `from=${new Date(NOW - 30 * 86_400_000).toISOString()}&to=${new Date(NOW).toISOString()}`;
    const funnel = funnelSchema.parse(await adminRequest(api, 'GET', `/api/sites/${site.key}/journeys/checkout/funnel?${range}`));
    const [cart, shipping, payment] = funnel.steps;
    expect(funnel.steps.map((s) => s.step)).toEqual(['cart', 'shipping', 'payment']);
    // Every visit starts at the cart; one that began just before the range and went on
    // into it counts as a visit of the range without its cart step (how many depends on the hour).
    expect(funnel.totals.visits - cart!.reached).toBeGreaterThanOrEqual(0);
    expect(funnel.totals.visits - cart!.reached).toBeLessThanOrEqual(3);
    expect(shipping!.reached / cart!.reached).toBeCloseTo(0.4, 1);
    expect(payment!.reached / shipping!.reached).toBeCloseTo(0.7, 1);
    expect(funnel.totals.completed / payment!.reached).toBeGreaterThan(0.58);
    expect(funnel.reasons.find((r) => r.step === 'payment' && r.reason === 'payment_failed')?.count).toBeGreaterThan(30);

    // The after-order answers tell peak–end's story: visits sunk by their end recommend less than those it lifted.
    const peakEnd = peakEndSchema.parse(await adminRequest(api, 'GET', `/api/sites/${site.key}/peak-end?${range}`));
    const [sinks, , lifts] = peakEnd.npsByEnd;
    expect(sinks!.nps.enough && lifts!.nps.enough).toBe(true);
    expect(lifts!.nps.value!).toBeGreaterThan(sinks!.nps.value! + 20);
    // Some checkout visits rated pages, then gave up: their abandonment is their end.
    expect(peakEnd.abandonedEnds).toBeGreaterThan(20);
    expect(peakEnd.abandonedEnds).toBeLessThan(peakEnd.visits / 2);
  }, 60_000);

  it("maps the shop's pages to touchpoints, so the journey map and the planted incident show on the first screen", async () => {
    const { key } = await ensureDemoSite({ ...api, demoPort: 5997 });
    await seedDemoSite({ ...api, siteKey: key, generate: { now: NOW } });
    const range = `from=${new Date(NOW - 30 * 86_400_000).toISOString()}&to=${new Date(NOW).toISOString()}`;
    const map = journeyMapSchema.parse(await adminRequest(api, 'GET', `/api/sites/${key}/journey-map?${range}`));
    expect(map.stages.map((stage) => stage.touchpoints.map((t) => t.key))).toEqual([
      ['home', 'products'],
      ['cart', 'shipping', 'payment'],
      ['confirmation'],
    ]);
    expect(map.worst).not.toBeNull();
    // Sixty days are seeded, so a week or a month is compared with a period that has
    // data: the payment provider's incident of the last week is growing, not merely "new".
    for (const days of [7, 30]) {
      const period = `from=${new Date(NOW - days * 86_400_000).toISOString()}&to=${new Date(NOW).toISOString()}`;
      const fixFirst = fixFirstSchema.parse(
        await adminRequest(api, 'GET', `/api/sites/${key}/fix-first?${period}&kind=abandon_reason&limit=200`),
      );
      const paymentFailed = fixFirst.problems.find((p) => p.key === 'checkout/payment/payment_failed');
      expect(paymentFailed?.change.significant).toBe(true);
      expect(paymentFailed!.abandonments).toBeGreaterThan(paymentFailed!.previous.abandonments);
      // This week it is flagged growing (over the month it may or may not have doubled).
      if (days === 7) expect(paymentFailed?.flag).toBe('growing');
      // Two months are seeded, so nothing sizeable is "new"; a reason given a handful of
      // times this week and by chance never the week before may be, as on a real site.
      expect(fixFirst.problems.filter((p) => p.flag === 'new' && p.impact >= 10)).toEqual([]);
    }
  }, 60_000);

  it('leaves a touchpoint map edited in the dashboard as it is', async () => {
    const { key } = await ensureDemoSite({ ...api, demoPort: 5996 });
    const own = { touchpoints: [{ key: 'shop', name: 'Whole shop', stage: 'during', rules: [{ type: 'prefix', value: '/' }] }] };
    await adminRequest(api, 'PUT', `/api/sites/${key}/touchpoints`, own);
    await ensureDemoSite({ ...api, demoPort: 5996 });
    const map = await adminRequest<{ touchpoints: { key: string }[] }>(api, 'GET', `/api/sites/${key}/touchpoints`);
    expect(map.touchpoints.map((t) => t.key)).toEqual(['shop']);
  });

  it('leaves a checkout journey edited in the dashboard as it is', async () => {
    const { key } = await ensureDemoSite({ ...api, demoPort: 5998 });
    const edited = { ...CHECKOUT_JOURNEY, name: 'Kasse' };
    await adminRequest(api, 'PUT', `/api/sites/${key}/journeys/checkout`, edited);
    await ensureDemoSite({ ...api, demoPort: 5998 });
    const { journeys } = await adminRequest<JourneyList>(api, 'GET', `/api/sites/${key}/journeys`);
    expect(journeys.map((j) => j.name)).toEqual(['Kasse']);
  });
});
