import { describe, expect, it } from 'vitest';
import { fixFirstSchema, type FixFirst } from '../../shared/schemas/fixFirst.ts';
import { plantedShop, THIS_WEEK } from './insightFixtures.ts';
import { AFTER_FIXTURES, testApp } from './testApp.ts';

async function fixFirst(t: Awaited<ReturnType<typeof plantedShop>>, query = THIS_WEEK): Promise<FixFirst> {
  const res = await t.admin(`/api/sites/${t.site.key}/fix-first?${query}`);
  expect(res.status).toBe(200);
  return fixFirstSchema.parse(await res.json());
}

const brief = (result: FixFirst) => result.problems.map((p) => [p.kind, p.key, p.impact, p.previous.impact, p.flag]);

// The first test also pays for loading the views' code and seeding the planted
// shop: 3–4 s on a busy 2-core machine, too near vitest's 5 s default.
describe('GET /api/sites/:siteKey/fix-first', { timeout: 20_000 }, () => {
  it('ranks the planted problem first and flags it as growing', async () => {
    const t = await plantedShop();
    const result = await fixFirst(t);
    const [first] = result.problems;
    // 28 ratings of 1–2 and 15 abandoned checkouts this week; 6 and 4 the week before.
    expect(first).toMatchObject({
      kind: 'touchpoint',
      key: 'payment',
      label: 'Payment',
      context: 'Buy',
      touchpoint: 'payment',
      impact: 43,
      negativeRatings: 28,
      abandonments: 15,
      responses: 40,
      previous: { impact: 10, negativeRatings: 6, abandonments: 4 },
      change: { delta: 33, ratio: 4.3, significant: true },
      flag: 'growing',
    });
    // The latest complaints, in shoppers' words.
    expect(first!.examples).toHaveLength(3);
    expect(first!.examples.join(' | ')).toMatch(/Bank app never confirmed|Card declined twice|3-D Secure|timed out/);
    // Its only page would repeat it line for line, so it is listed under pages only.
    expect(result.problems.some((p) => p.key === '/checkout/payment')).toBe(false);
    const pages = await fixFirst(t, `${THIS_WEEK}&kind=page`);
    expect(pages.problems[0]).toMatchObject({ kind: 'page', key: '/checkout/payment', impact: 43, context: 'Payment' });
  });

  it('keeps a page in the mixed list when its touchpoint spans more than its trouble', async () => {
    const result = await fixFirst(await plantedShop(), `${THIS_WEEK}&limit=200`);
    // The cart touchpoint also holds /cart?variant=b, but all its bad ratings are on /cart: same numbers, left out.
    expect(result.problems.some((p) => p.key === '/cart')).toBe(false);
    // Unmapped pages have no touchpoint to repeat.
    expect(result.problems.find((p) => p.key === '/about')).toMatchObject({ kind: 'page', impact: 1 });
  });

  it('ranks the surging abandonment reason first among reasons, flagged; steady ones are not', async () => {
    const result = await fixFirst(await plantedShop(), `${THIS_WEEK}&kind=abandon_reason`);
    expect(result.kind).toBe('abandon_reason');
    expect(brief(result)).toEqual([
      ['abandon_reason', 'checkout/payment/payment_failed', 15, 4, 'growing'],
      ['abandon_reason', 'checkout/cart/unexpected_costs', 5, 5, null],
    ]);
    expect(result.problems[0]).toMatchObject({
      label: 'Payment failed or timed out',
      context: 'Checkout › Payment',
      journey: 'checkout',
      step: 'payment',
      reason: 'payment_failed',
      examples: ['Bank app never confirmed'],
    });
  });

  it('ranks journey steps by abandonments', async () => {
    const result = await fixFirst(await plantedShop(), `${THIS_WEEK}&kind=journey_step`);
    expect(brief(result)).toEqual([
      ['journey_step', 'checkout/payment', 15, 4, 'growing'],
      ['journey_step', 'checkout/cart', 5, 5, null],
      ['journey_step', 'checkout/shipping', 3, 3, null],
    ]);
    expect(result.problems[0]).toMatchObject({ label: 'Checkout › Payment', context: '/checkout/payment', negativeRatings: 0 });
  });

  it('flags trouble that did not exist last week as new', async () => {
    const result = await fixFirst(await plantedShop(), `${THIS_WEEK}&kind=page`);
    const orders = result.problems.find((p) => p.key === '/account/orders')!;
    expect(orders).toMatchObject({ impact: 6, previous: { impact: 0 }, flag: 'new', context: 'Account', examples: ['My order history is empty'] });
    const about = result.problems.find((p) => p.key === '/about')!;
    expect(about).toMatchObject({ impact: 1, context: null, flag: null });
  });

  it('mixes every kind, most customers hurt first, and honours the limit', async () => {
    const t = await plantedShop();
    const all = await fixFirst(t, `${THIS_WEEK}&limit=200`);
    expect(new Set(all.problems.map((p) => p.kind))).toEqual(new Set(['touchpoint', 'page', 'journey_step', 'abandon_reason']));
    const impacts = all.problems.map((p) => p.impact);
    expect(impacts).toEqual([...impacts].sort((a, b) => b - a));
    expect(all.problems.every((p) => p.impact > 0)).toBe(true);
    const three = await fixFirst(t, `${THIS_WEEK}&limit=3`);
    expect(three.problems).toEqual(all.problems.slice(0, 3));
    expect(three.total).toBe(all.total);
  });

  it('works on ratings alone, before any touchpoint or journey exists', async () => {
    const t = testApp({ now: () => AFTER_FIXTURES });
    const imported = await t.admin(`/api/sites/${t.site.key}/import`, {
      method: 'POST',
      body: JSON.stringify({
        responses: [1, 1, 2, 5].map((rating, i) => ({
          type: 'page_rating',
          id: `imp_alone_${i}`,
          rating,
          path: '/cart',
          comment: rating === 1 ? `Too expensive ${i}` : undefined,
          createdAt: `2026-11-${10 + i}T10:00:00Z`,
        })),
      }),
    });
    expect(imported.status).toBe(201);
    const result = await fixFirst(t);
    expect(brief(result)).toEqual([['page', '/cart', 3, 0, null]]);
    expect(result.problems[0]!.examples).toEqual(['Too expensive 1', 'Too expensive 0']);
  });

  it('validates the filters with the shared schema', async () => {
    const t = testApp({ now: () => AFTER_FIXTURES });
    const bad = await t.admin(`/api/sites/${t.site.key}/fix-first?kind=vibes&limit=0`);
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.issues.map((i: { path: string }) => i.path).sort()).toEqual(['kind', 'limit']);
    const reversed = await t.admin(`/api/sites/${t.site.key}/fix-first?from=2026-11-15T00:00:00Z&to=2026-11-08T00:00:00Z`);
    expect(reversed.status).toBe(400);
  });
});
