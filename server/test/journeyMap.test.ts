import { describe, expect, it } from 'vitest';
import { journeyMapSchema, type JourneyMap } from '../../shared/schemas/journeyMap.ts';
import { plantedShop, ratingsFrom, THIS_WEEK } from './insightFixtures.ts';
import { AFTER_FIXTURES, testApp } from './testApp.ts';

async function journeyMap(t: Awaited<ReturnType<typeof plantedShop>>, query = THIS_WEEK): Promise<JourneyMap> {
  const res = await t.admin(`/api/sites/${t.site.key}/journey-map?${query}`);
  expect(res.status).toBe(200);
  return journeyMapSchema.parse(await res.json());
}

const touchpoint = (map: JourneyMap, key: string) => map.stages.flatMap((s) => s.touchpoints).find((t) => t.key === key)!;

describe('GET /api/sites/:siteKey/journey-map', () => {
  it('lays the touchpoints out by stage, in the site order, against the week before', async () => {
    const map = await journeyMap(await plantedShop());
    expect(map).toMatchObject({
      from: '2026-11-08T00:00:00.000Z',
      to: '2026-11-15T00:00:00.000Z',
      previous: { from: '2026-11-01T00:00:00.000Z', to: '2026-11-08T00:00:00.000Z' },
      device: null,
      minSample: 10,
    });
    expect(map.stages.map((s) => [s.name, s.touchpoints.map((t) => t.key)])).toEqual([
      ['Discover', ['home', 'products']],
      ['Buy', ['cart', 'shipping', 'payment']],
      ['After purchase', ['confirmation', 'account']],
    ]);
  });

  it('makes the planted touchpoint the worst, with its collapse marked significant', async () => {
    const map = await journeyMap(await plantedShop());
    expect(map.worst).toBe('payment');
    expect(map.stages.flatMap((s) => s.touchpoints).filter((t) => t.worst).map((t) => t.key)).toEqual(['payment']);

    const payment = touchpoint(map, 'payment');
    // This week 16, 12, 4, 4, 4; last week 3, 3, 6, 14, 14.
    expect(payment.current).toMatchObject({ responses: 40, negativeRatings: 28, abandonments: 15 });
    expect(payment.current.csat).toMatchObject({ value: 0.2, n: 40, enough: true });
    expect(payment.current.netExperience.value).toBeCloseTo((8 - 28) / 40, 10);
    expect(payment.current.avgRating.value).toBeCloseTo((16 + 24 + 12 + 16 + 20) / 40, 10);
    expect(payment.previous).toMatchObject({ responses: 40, negativeRatings: 6, abandonments: 4 });
    expect(payment.previous.csat.value).toBe(0.7);
    expect(payment.change.csat).toMatchObject({ delta: expect.closeTo(-0.5, 10), significant: true });
    expect(payment.change.netExperience.significant).toBe(true);
    expect(payment.change.abandonments).toEqual({ delta: 11, ratio: 15 / 4, significant: true });
  });

  it('leaves steady touchpoints unflagged: same scores, no significant change', async () => {
    const map = await journeyMap(await plantedShop());
    const home = touchpoint(map, 'home');
    expect(home.current.csat).toEqual(home.previous.csat);
    expect(home.change.csat).toMatchObject({ delta: 0, significant: false });
    expect(home.worst).toBe(false);
  });

  it('counts a page with a kept query parameter toward its touchpoint', async () => {
    const map = await journeyMap(await plantedShop());
    const cart = touchpoint(map, 'cart');
    expect(cart.current.responses).toBe(40 + 5);
    expect(cart.pages).toBe(2);
    expect(cart.current.abandonments).toBe(5);
  });

  it('says "not enough data" for a touchpoint with fewer than 10 ratings, and has no values without any', async () => {
    const map = await journeyMap(await plantedShop());
    const account = touchpoint(map, 'account');
    expect(account.current.csat).toMatchObject({ n: 8, enough: false });
    expect(account.previous.csat).toEqual({ value: null, low: null, high: null, n: 0, enough: false });
    expect(account.change.csat).toMatchObject({ delta: null, significant: false });
  });

  it('adds the stages up and keeps unmapped pages visible', async () => {
    const map = await journeyMap(await plantedShop());
    const buy = map.stages[1]!;
    expect(buy.current.responses).toBe(45 + 40 + 40);
    expect(buy.current.abandonments).toBe(5 + 3 + 15);
    expect(map.unmapped.pages).toEqual([{ path: '/about', responses: 12, abandonments: 0 }]);
    expect(map.unmapped.pageCount).toBe(1);
    expect(map.unmapped.current.responses).toBe(12);
  });

  it('filters by device, ratings and journey visits alike', async () => {
    const map = await journeyMap(await plantedShop(), `${THIS_WEEK}&device=mobile`);
    expect(map.device).toBe('mobile');
    const payment = touchpoint(map, 'payment');
    expect(payment.current.responses).toBe(ratingsFrom('/checkout/payment', 'current', 'mobile'));
    expect(payment.current.negativeRatings).toBe(ratingsFrom('/checkout/payment', 'current', 'mobile', [1, 2]));
    expect(payment.current.abandonments).toBeGreaterThan(0);
    expect(payment.current.abandonments).toBeLessThan(15);
  });

  it('puts every page in the unmapped bucket before touchpoints are set up', async () => {
    const t = testApp({ now: () => AFTER_FIXTURES });
    await t.admin(`/api/sites/${t.site.key}/import`, {
      method: 'POST',
      body: JSON.stringify({
        responses: [{ type: 'page_rating', id: 'imp_only_one', rating: 2, path: '/cart', createdAt: '2026-11-09T10:00:00Z' }],
      }),
    });
    const res = await t.admin(`/api/sites/${t.site.key}/journey-map?${THIS_WEEK}`);
    const map = journeyMapSchema.parse(await res.json());
    expect(map.stages.map((s) => s.name)).toEqual(['Before purchase', 'During purchase', 'After purchase']);
    expect(map.stages.every((s) => s.touchpoints.length === 0)).toBe(true);
    expect(map.unmapped.pages).toEqual([{ path: '/cart', responses: 1, abandonments: 0 }]);
    expect(map.worst).toBeNull();
  });

  it('validates the filters with the shared schema', async () => {
    const t = testApp({ now: () => AFTER_FIXTURES });
    const bad = await t.admin(`/api/sites/${t.site.key}/journey-map?device=fridge&from=yesterday`);
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.issues.map((i: { path: string }) => i.path).sort()).toEqual(['device', 'from']);
    expect((await t.admin('/api/sites/site_nope/journey-map')).status).toBe(404);
  });
});
