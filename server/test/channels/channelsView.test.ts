import { describe, expect, it } from 'vitest';
import { channelsSchema, type ChannelRow, type Channels } from '../../../shared/schemas/channels.ts';
import { Z_95 } from '../../../shared/scores/scoreResult.ts';
import { channelShop, NOVEMBER, type PlantedRatings } from './channelFixtures.ts';

// Checkout: 40 web ratings, mostly good; 20 by phone, mostly bad. Products:
// 30 on the web, 12 by e-mail, a little lower but not significantly.
const PLANTED: PlantedRatings[] = [
  { path: '/checkout/payment', channel: 'web', device: 'mobile', counts: [1, 1, 4, 10, 4] },
  { path: '/checkout/payment', channel: 'web', device: 'desktop', counts: [1, 1, 0, 8, 10] },
  { path: '/checkout/payment', channel: 'phone', counts: [8, 4, 2, 2, 4] },
  { path: '/product/trail-jacket', channel: 'web', device: 'desktop', counts: [1, 1, 3, 10, 15] },
  { path: '/product/trail-jacket', channel: 'email', counts: [1, 1, 2, 4, 4] },
  { path: '/about', channel: 'web', device: 'desktop', counts: [0, 0, 1, 1, 1] },
];

async function channels(query = NOVEMBER, planted = PLANTED): Promise<Channels> {
  const t = await channelShop(planted);
  const res = await t.admin(`/api/sites/${t.site.key}/channels?${query}`);
  expect(res.status).toBe(200);
  return channelsSchema.parse(await res.json());
}

/** Net experience and its adjusted-Wald interval (Rocks 2016), written out from the counts. */
function handNet(positive: number, neutral: number, negative: number) {
  const n = positive + neutral + negative;
  const pp = (positive + 0.75) / (n + 3);
  const pn = (negative + 0.75) / (n + 3);
  const half = Z_95 * Math.sqrt((pp + pn - (pp - pn) ** 2) / (n + 3));
  return { value: (positive - negative) / n, low: pp - pn - half, high: pp - pn + half, n };
}

const row = (view: Channels, key: string | null) => view.touchpoints.find((r) => r.touchpoint === key)!;
const cell = (r: ChannelRow, channel: string) => r.cells.find((c) => c.channel === channel)!;

describe('GET /api/sites/:siteKey/channels', () => {
  it('scores each channel per touchpoint with the hand-computed interval and its share of the ratings', async () => {
    const view = await channels();
    expect(view.channels).toEqual(['web', 'phone', 'email']);
    expect(view.touchpoints.map((r) => [r.touchpoint, r.name, r.stage, r.n])).toEqual([
      ['products', 'Product pages', 'before', 42],
      ['checkout', 'Checkout', 'during', 60],
      [null, 'Pages on no touchpoint', null, 3],
    ]);

    const checkout = row(view, 'checkout');
    const web = cell(checkout, 'web');
    const phone = cell(checkout, 'phone');
    // Web: 32 of 4–5, 4 neutral, 4 of 1–2; phone: 6, 2, 12.
    const webHand = handNet(32, 4, 4);
    const phoneHand = handNet(6, 2, 12);
    expect(web).toMatchObject({ n: 40, share: 40 / 60, vsWeb: null, worse: false });
    expect(phone).toMatchObject({ n: 20, share: 20 / 60, worse: true });
    for (const [got, hand] of [[web.netExperience, webHand], [phone.netExperience, phoneHand]] as const) {
      expect(got.value).toBeCloseTo(hand.value, 12);
      expect(got.low).toBeCloseTo(hand.low, 12);
      expect(got.high).toBeCloseTo(hand.high, 12);
      expect(got.n).toBe(hand.n);
    }
    expect(webHand.value).toBeCloseTo(0.7, 12);
    expect(phoneHand.value).toBeCloseTo(-0.3, 12);
    // MOVER: Δ ± √(distances to each interval's far side), written out.
    const delta = phoneHand.value - webHand.value;
    expect(phone.vsWeb!.delta).toBeCloseTo(delta, 12);
    expect(phone.vsWeb!.low).toBeCloseTo(delta - Math.hypot(phoneHand.value - phoneHand.low, webHand.high - webHand.value), 12);
    expect(phone.vsWeb!.high).toBeCloseTo(delta + Math.hypot(phoneHand.high - phoneHand.value, webHand.value - webHand.low), 12);
    expect(phone.vsWeb!.high).toBeLessThan(0);
    expect(phone.csat).toMatchObject({ n: 20, value: 6 / 20 });
    expect(phone.avgRating.value).toBeCloseTo((8 + 8 + 6 + 8 + 20) / 20, 12);
  });

  it('marks only significant differences: e-mail on product pages is lower, but not worse', async () => {
    const view = await channels();
    const email = cell(row(view, 'products'), 'email');
    expect(email.n).toBe(12);
    expect(email.vsWeb!.delta).toBeLessThan(0);
    expect(email.vsWeb!.significant).toBe(false);
    expect(email.worse).toBe(false);
    // A channel without enough answers is never marked, however low.
    const few = await channels(NOVEMBER, [
      { path: '/checkout/payment', channel: 'web', counts: [0, 0, 0, 10, 20] },
      { path: '/checkout/payment', channel: 'store', counts: [5, 4, 0, 0, 0] },
    ]);
    const store = cell(row(few, 'checkout'), 'store');
    expect(store.netExperience.enough).toBe(false);
    expect(store.worse).toBe(false);
  });

  it('adds every touchpoint into the "all" row, and gives a row without web ratings no comparison', async () => {
    const view = await channels(NOVEMBER, [...PLANTED, { path: '/product/summit-pack', channel: 'store', counts: [0, 0, 0, 0, 0] }]);
    expect(view.all).toMatchObject({ touchpoint: null, name: 'All touchpoints', n: 105 });
    expect(view.all.cells.map((c) => [c.channel, c.n])).toEqual([['web', 73], ['phone', 20], ['email', 12]]);
    expect(view.all.cells.reduce((sum, c) => sum + c.share, 0)).toBeCloseTo(1, 12);
    const onlyPhone = await channels(NOVEMBER, [{ path: '/checkout/payment', channel: 'phone', counts: [8, 4, 2, 2, 4] }]);
    expect(onlyPhone.channels).toEqual(['phone']);
    expect(cell(row(onlyPhone, 'checkout'), 'phone')).toMatchObject({ vsWeb: null, worse: false, share: 1 });
  });

  it('takes the view filters: device, range and touchpoint', async () => {
    // Phone and e-mail rows carry no device: on mobile only the web's mobile checkout ratings are left.
    const mobile = await channels(`${NOVEMBER}&device=mobile`);
    expect(mobile.channels).toEqual(['web']);
    expect(mobile.touchpoints.map((r) => [r.touchpoint, r.n])).toEqual([['checkout', 20]]);
    // A range before the rows: nothing.
    const october = await channels('from=2026-10-01T00:00:00Z&to=2026-10-29T00:00:00Z');
    expect(october).toMatchObject({ channels: [], touchpoints: [], all: { n: 0, cells: [] } });
    const checkoutOnly = await channels(`${NOVEMBER}&touchpoint=checkout`);
    expect(checkoutOnly.touchpoints.map((r) => r.touchpoint)).toEqual(['checkout']);
    expect(checkoutOnly.all.n).toBe(60);
  });

  it('does not take a channel filter: the view compares channels', async () => {
    const view = await channels(`${NOVEMBER}&channel=phone`);
    expect(view.channels).toEqual(['web', 'phone', 'email']);
  });
});
