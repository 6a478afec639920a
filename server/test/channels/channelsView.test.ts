import { describe, expect, it } from 'vitest';
import { channelsSchema, type ChannelRow, type Channels, type SurveyChannelRow } from '../../../shared/schemas/channels.ts';
import type { Channel, Device } from '../../../shared/schemas/response.ts';
import { Z_95 } from '../../../shared/scores/scoreResult.ts';
import { TEST_NOW } from '../../../tests/clock/testInstants.ts';
import { signResponseToken } from '../../src/channels/responseToken.ts';
import { CHECKOUT_SURVEY, NPS_SURVEY, storeAnswer } from '../surveyFixtures.ts';
import { channelShop, NOVEMBER, type PlantedRatings } from './channelFixtures.ts';
import { hostedApp } from './hostedFixtures.ts';

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

/** NPS answers of one channel: `scores[i]` answers of the score i (0–10), each from a visit of its own. */
interface PlantedScores {
  channel: Channel;
  device?: Device;
  scores: Record<number, number>;
  campaign?: string;
}

// Web: 20 promoters, 6 passives, 4 detractors (NPS +53). In the shop, from
// the receipts' QR code: 4, 4, 12 (−40). By e-mail: 6, 3, 3 (+25).
const SURVEY_ANSWERS: PlantedScores[] = [
  { channel: 'web', device: 'mobile', scores: { 10: 8, 8: 3, 3: 2 } },
  { channel: 'web', device: 'desktop', scores: { 9: 12, 7: 3, 0: 2 } },
  { channel: 'store', scores: { 10: 4, 7: 4, 2: 12 }, campaign: 'receipts' },
  { channel: 'email', scores: { 9: 6, 8: 3, 6: 3 }, campaign: 'dec' },
];

let visits = 0;

/** The shop above with the NPS and after-purchase surveys and these answers stored as the widget, a hosted page and an e-mail link store them. */
async function surveyShop(planted = SURVEY_ANSWERS) {
  const t = await channelShop(PLANTED);
  for (const survey of [NPS_SURVEY, CHECKOUT_SURVEY]) {
    expect((await t.admin(`/api/sites/${t.site.key}/surveys/${survey.key}`, { method: 'PUT', body: JSON.stringify(survey) })).status).toBe(201);
  }
  for (const { channel, device, scores, campaign } of planted) {
    for (const [score, count] of Object.entries(scores)) {
      for (let i = 0; i < count; i++) {
        const visitId = `visit_sv${(visits++).toString().padStart(6, '0')}`;
        const path = channel === 'web' ? '/checkout/thank-you' : `/s/${t.site.key}/${NPS_SURVEY.key}`;
        const createdAt = Date.parse(`2026-11-${String(10 + (visits % 10)).padStart(2, '0')}T12:00:00Z`);
        storeAnswer(t.db, { siteId: t.site.id, survey: NPS_SURVEY.key, question: 'recommend', questionType: 'nps', score: Number(score), visitId, path, channel, campaign, device, createdAt });
      }
    }
  }
  const view = async (query = NOVEMBER) => {
    const res = await t.admin(`/api/sites/${t.site.key}/channels?${query}`);
    expect(res.status).toBe(200);
    return channelsSchema.parse(await res.json());
  };
  return { ...t, view };
}

const surveyRow = (view: Channels, key: string) => view.surveys.find((r) => r.survey === key)!;
const surveyCell = (r: SurveyChannelRow, channel: string) => r.cells.find((c) => c.channel === channel)!;

describe('GET /api/sites/:siteKey/channels: surveys by channel', () => {
  it("scores each survey's first score question per channel with the hand-computed NPS, interval and share", async () => {
    const { view } = await surveyShop();
    const got = await view();
    expect(got.surveyChannels).toEqual(['web', 'store', 'email']);
    // The after-purchase survey has no answers in the period: no row.
    expect(got.surveys.map((r) => [r.survey, r.name, r.question, r.scoreType, r.n])).toEqual([['quarterly-nps', 'Quarterly NPS', 'recommend', 'nps', 62]]);
    const nps = surveyRow(got, 'quarterly-nps');
    const webHand = handNet(20, 6, 4);
    const storeHand = handNet(4, 4, 12);
    const emailHand = handNet(6, 3, 3);
    for (const [channel, hand, n] of [['web', webHand, 30], ['store', storeHand, 20], ['email', emailHand, 12]] as const) {
      const c = surveyCell(nps, channel);
      expect(c.n).toBe(n);
      expect(c.share).toBeCloseTo(n / 62, 12);
      expect(c.score.value).toBeCloseTo(hand.value * 100, 10);
      expect(c.score.low).toBeCloseTo(hand.low * 100, 10);
      expect(c.score.high).toBeCloseTo(hand.high * 100, 10);
      expect(c.score.enough).toBe(true);
    }
    expect(storeHand.value * 100).toBeCloseTo(-40, 10);
    expect(surveyCell(nps, 'web')).toMatchObject({ vsWeb: null, worse: false });
    // The store is significantly worse: MOVER interval of the difference wholly below zero.
    const delta = (storeHand.value - webHand.value) * 100;
    const store = surveyCell(nps, 'store');
    expect(store.vsWeb!.delta).toBeCloseTo(delta, 10);
    expect(store.vsWeb!.low).toBeCloseTo(delta - 100 * Math.hypot(storeHand.value - storeHand.low, webHand.high - webHand.value), 10);
    expect(store.vsWeb!.high).toBeCloseTo(delta + 100 * Math.hypot(storeHand.high - storeHand.value, webHand.value - webHand.low), 10);
    expect(store.vsWeb!.high).toBeLessThan(0);
    expect(store.worse).toBe(true);
    // E-mail is lower than the web, but within chance: not marked.
    const email = surveyCell(nps, 'email');
    expect(email.vsWeb!.delta).toBeLessThan(0);
    expect(email.vsWeb!.significant).toBe(false);
    expect(email.worse).toBe(false);
  });

  it('counts only the last answer of a visit, and scores CSAT surveys as the survey results do', async () => {
    const { db, site, view } = await surveyShop();
    const createdAt = Date.parse('2026-11-20T12:00:00Z');
    // A shopper who changed 2 to 10 on the hosted page counts once, as a promoter.
    const common = { siteId: site.id, survey: NPS_SURVEY.key, question: 'recommend', questionType: 'nps' as const, visitId: 'visit_changed1', channel: 'store' as const };
    storeAnswer(db, { ...common, score: 2, createdAt });
    storeAnswer(db, { ...common, score: 10, createdAt: createdAt + 60_000 });
    for (const [score, channel] of [[5, 'web'], [4, 'web'], [2, 'web'], [1, 'sms']] as const) {
      storeAnswer(db, { siteId: site.id, survey: CHECKOUT_SURVEY.key, question: 'satisfaction', questionType: 'csat', score, channel, createdAt });
    }
    const got = await view();
    expect(surveyCell(surveyRow(got, 'quarterly-nps'), 'store').n).toBe(21);
    expect(surveyCell(surveyRow(got, 'quarterly-nps'), 'store').score.value).toBeCloseTo(((5 - 12) / 21) * 100, 10);
    const csat = surveyRow(got, 'after-purchase');
    expect(csat).toMatchObject({ question: 'satisfaction', scoreType: 'csat', n: 4 });
    expect(surveyCell(csat, 'web').score).toMatchObject({ value: 2 / 3, n: 3, enough: false });
    expect(surveyCell(csat, 'sms')).toMatchObject({ n: 1, share: 0.25, worse: false, score: { value: 0 } });
    expect(got.surveyChannels).toEqual(['web', 'store', 'email', 'sms']);
  });

  it('takes the view filters but channel', async () => {
    const { view } = await surveyShop();
    // The hosted page's and the e-mail's answers carry no device: on mobile only the web's are left.
    const mobile = await view(`${NOVEMBER}&device=mobile`);
    expect(mobile.surveyChannels).toEqual(['web']);
    expect(surveyRow(mobile, 'quarterly-nps').cells).toEqual([expect.objectContaining({ channel: 'web', n: 13, share: 1 })]);
    const october = await view('from=2026-10-01T00:00:00Z&to=2026-10-29T00:00:00Z');
    expect(october).toMatchObject({ surveyChannels: [], surveys: [] });
    const onlyEmail = await view(`${NOVEMBER}&channel=email`);
    expect(onlyEmail.surveyChannels).toEqual(['web', 'store', 'email']);
  });

  it('shows a score given through an e-mail link under email', async () => {
    const { app, admin, db, site } = await hostedApp();
    const token = signResponseToken(db, { site: site.id, survey: NPS_SURVEY.key, campaign: 'dec', recipient: 'inv-1', channel: 'email', exp: TEST_NOW + 86_400_000 });
    expect((await app.request(`/r/${token}?score=9`)).status).toBe(303);
    const range = `from=${new Date(TEST_NOW - 86_400_000).toISOString()}&to=${new Date(TEST_NOW + 86_400_000).toISOString()}`;
    const got = channelsSchema.parse(await (await admin(`/api/sites/${site.key}/channels?${range}`)).json());
    expect(got.surveyChannels).toEqual(['email']);
    expect(surveyRow(got, 'quarterly-nps').cells).toEqual([expect.objectContaining({ channel: 'email', n: 1, vsWeb: null, worse: false, score: expect.objectContaining({ value: 100 }) })]);
  });
});
