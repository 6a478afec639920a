import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseList } from '../shared/schemas/cases.ts';
import type { Loop } from '../shared/schemas/loop.ts';
import type { RoutingRules } from '../shared/schemas/routingRules.ts';
import { TEST_NOW } from '../tests/clock/testInstants.ts';
import { adminRequest, type AdminApi } from './collectorApi.ts';
import { ensureDemoSite } from './ensureDemoSite.ts';
import { seedDemoSite } from './seedDemo.ts';
import { startSeedTestCollector } from './seedTestCollector.ts';

const HOUR = 3_600_000;
const NOW = Math.floor(TEST_NOW / HOUR) * HOUR;

describe('the demo seed’s cases', () => {
  let collector: Awaited<ReturnType<typeof startSeedTestCollector>>;
  let api: AdminApi;
  beforeAll(async () => {
    collector = await startSeedTestCollector();
    api = collector.api;
    // A real collector's writer and view threads start through tsx: seconds on a loaded machine.
  }, 60_000);
  afterAll(() => collector?.close(), 60_000);

  it('routes the payment page to engineering and fills 60 days with cases in every state, once', async () => {
    const site = await ensureDemoSite({ ...api, demoPort: 5998 });
    const first = await seedDemoSite({ ...api, siteKey: site.key, generate: { now: NOW }, dataDir: collector.dataDir });
    expect(first.cases!.opened).toBeGreaterThan(50);
    const routing = await adminRequest<RoutingRules>(api, 'GET', `/api/sites/${site.key}/routing-rules`);
    expect(routing.rules[0]).toEqual({ match: { touchpoint: 'payment' }, team: 'engineering' });

    const list = (query: string) => adminRequest<CaseList>(api, 'GET', `/api/sites/${site.key}/cases?limit=200&${query}`);
    const { counts } = await list('');
    for (const status of ['new', 'in_progress', 'waiting_on_customer', 'resolved', 'wont_fix'] as const) expect(counts[status], status).toBeGreaterThan(0);
    expect(counts.overdue).toBeGreaterThan(0);
    expect(counts.resolved).toBeGreaterThan(counts.new);
    const payment = await list('path=/checkout/payment');
    expect(payment.cases.length).toBeGreaterThan(0);
    // A case is routed by the visit's first complaint, which may have been on another page.
    const openedOnPayment = payment.cases.filter((c) => c.feedback[0]!.path === '/checkout/payment');
    expect(openedOnPayment.length).toBeGreaterThan(0);
    expect(openedOnPayment.map((c) => c.team)).toEqual(openedOnPayment.map(() => 'engineering'));

    const loop = await adminRequest<Loop>(api, 'GET', `/api/sites/${site.key}/loop`);
    expect(loop.told).toBeGreaterThan(0);
    expect(loop.recovered).toBeGreaterThan(0);
    expect(loop.firstResponse.median).toBeGreaterThan(0);
    expect(loop.previous.cases).toBeGreaterThan(0);

    const again = await seedDemoSite({ ...api, siteKey: site.key, generate: { now: NOW }, dataDir: collector.dataDir });
    expect(again.cases!.opened).toBe(0);
    expect((await list('')).counts).toEqual(counts);
  }, 120_000);
});
