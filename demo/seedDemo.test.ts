import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { funnelSchema } from '../shared/schemas/funnel.ts';
import { peakEndSchema } from '../shared/schemas/peakEnd.ts';
import type { JourneyList } from '../shared/schemas/journey.ts';
import { startCollector, type RunningCollector } from '../server/src/startCollector.ts';
import { CHECKOUT_JOURNEY } from './checkoutJourney.ts';
import { adminRequest, type AdminApi } from './collectorApi.ts';
import { ensureDemoSite } from './ensureDemoSite.ts';
import { seedDemoSite } from './seedDemo.ts';

const HOUR = 3_600_000;
const NOW = Math.floor(Date.now() / HOUR) * HOUR;

describe('the demo site, seeded through the admin API of a running collector', () => {
  let dataDir: string;
  let collector: RunningCollector;
  let api: AdminApi;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'touchpoint-seed-'));
    collector = await startCollector({
      port: 0,
      host: '127.0.0.1',
      dataDir,
      adminTokenFromEnv: 'seed-test-token',
      widgetDir: '/nonexistent',
      dashboardDir: '/nonexistent',
    });
    api = { collectorUrl: collector.url, adminToken: collector.adminToken };
  });

  afterAll(async () => {
    await collector?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

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
    expect(cart!.reached).toBe(funnel.totals.visits);
    expect(shipping!.reached / cart!.reached).toBeCloseTo(0.4, 1);
    expect(payment!.reached / shipping!.reached).toBeCloseTo(0.7, 1);
    expect(funnel.totals.completed / payment!.reached).toBeGreaterThan(0.58);
    expect(funnel.reasons.find((r) => r.step === 'payment' && r.reason === 'payment_failed')?.count).toBeGreaterThan(30);

    // The after-order answers tell peak–end's story: visits sunk by their end recommend less than those it lifted.
    const peakEnd = peakEndSchema.parse(await adminRequest(api, 'GET', `/api/sites/${site.key}/peak-end?${range}`));
    const [sinks, , lifts] = peakEnd.npsByEnd;
    expect(sinks!.nps.enough && lifts!.nps.enough).toBe(true);
    expect(lifts!.nps.value!).toBeGreaterThan(sinks!.nps.value! + 20);
  }, 60_000);

  it('leaves a checkout journey edited in the dashboard as it is', async () => {
    const { key } = await ensureDemoSite({ ...api, demoPort: 5998 });
    const edited = { ...CHECKOUT_JOURNEY, name: 'Kasse' };
    await adminRequest(api, 'PUT', `/api/sites/${key}/journeys/checkout`, edited);
    await ensureDemoSite({ ...api, demoPort: 5998 });
    const { journeys } = await adminRequest<JourneyList>(api, 'GET', `/api/sites/${key}/journeys`);
    expect(journeys.map((j) => j.name)).toEqual(['Kasse']);
  });
});
