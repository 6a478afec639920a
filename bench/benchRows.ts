// The rows of the bench shop, in the order a live site stores them: N page
// ratings evenly over the year before `now` (visits of 1–3 ratings, a third of
// visitors returning, 40 % with a `plan` attribute, one visit in five answering
// NPS as it ends). Seeded, so every run and every way of loading gets the same rows.

import { mulberry32, pick, weighted, type Rng } from '../demo/random.ts';

const DAY = 86_400_000;

const PAGES = [
  ['/', 20],
  ['/product/trail-jacket', 14],
  ['/product/summit-pack', 12],
  ['/cart', 12],
  ['/checkout/shipping', 10],
  ['/checkout/payment', 10],
  ['/checkout/thank-you', 8],
  ['/account/orders', 4],
  ['/about', 2],
] as const;

const EN_COMMENTS = [
  'Delivery was late again',
  'Slow delivery, the parcel took two weeks',
  'Great prices and fast checkout',
  'The payment page timed out twice',
  'Card declined but the bank says it is fine',
  'Free shipping only over $350? No thanks.',
  'Size guide is confusing',
  'Love the trail jacket, fits perfectly',
  'Could not find the return policy',
  'Customer service answered quickly',
];
const ZH_COMMENTS = ['运费太贵了，一件外套还要 $12.95。', '结账页面太慢了', '客服态度很好', '信用卡被拒绝了两次', '看不到预计送达时间。', '尺码不准'];

/** A page rating's columns, in the order of `RESPONSE_COLUMNS`. */
export type BenchResponse = [
  id: string,
  rating: number,
  comment: string | null,
  path: string,
  lang: string,
  device: string,
  channel: string,
  visitId: string,
  createdAt: number,
  receivedAt: number,
  returningVisitor: number | null,
  attributes: string | null,
];
export const RESPONSE_COLUMNS =
  'id, rating, comment, path, lang, device, channel, visit_id, created_at, received_at, returning_visitor, attributes';

/** An NPS answer's columns, in the order of `ANSWER_COLUMNS`. */
export type BenchAnswer = [id: string, visitId: string, score: number, lang: string, device: string, createdAt: number, receivedAt: number];
export const ANSWER_COLUMNS = 'id, visit_id, score, lang, device, created_at, received_at';

export interface BenchRowSink {
  response(row: BenchResponse): void;
  answer(row: BenchAnswer): void;
}

/** Hands `count` ratings (and the NPS answers between them) to `sink`, in time order. */
export function generateBenchRows(count: number, now: number, sink: BenchRowSink): void {
  const rng: Rng = mulberry32(42);
  const start = now - 365 * DAY;
  let visit = 0;
  let lastRating: number | null = null;
  let lastAt = 0;
  let lastLang = 'en';
  let lastDevice = 'desktop';
  // Who the visitor is, per visit, as the widget sends it: a third come back, a few
  // send a privacy signal (neither), and signed-in shoppers say their plan.
  const attrRng: Rng = mulberry32(7);
  const visitor = () => ({
    returning: attrRng() < 0.05 ? null : attrRng() < 0.35 ? 1 : 0,
    attributes:
      attrRng() < 0.4 ? JSON.stringify({ plan: weighted(attrRng, [['free', 60], ['plus', 30], ['gold', 10]] as const) }) : null,
  });
  let who = visitor();
  for (let n = 0; n < count; n++) {
    // Evenly over the year, in time order, as a live site fills up.
    const createdAt = Math.floor(start + (n / count) * 365 * DAY);
    const zh = rng() < 0.12;
    const rating = weighted(rng, [[1, 6], [2, 6], [3, 12], [4, 30], [5, 46]] as const);
    const comment = rng() < (rating <= 2 ? 0.6 : 0.25) ? pick(rng, zh ? ZH_COMMENTS : EN_COMMENTS) : null;
    if (rng() < 0.4) {
      // One visit in five answers NPS as it ends, the more likely to recommend the better its last rating.
      if (lastRating !== null && rng() < 0.2) {
        const score = Math.min(10, Math.max(0, Math.round(lastRating * 2 + (rng() - 0.5) * 6)));
        sink.answer([`bench_nps_${visit}`, `visit_${visit}`, score, lastLang, lastDevice, lastAt + 60_000, lastAt + 60_000]);
      }
      visit += 1;
      who = visitor();
    }
    lastRating = rating;
    lastAt = createdAt;
    lastLang = zh ? 'zh-CN' : pick(rng, ['en-US', 'en-GB', 'en']);
    lastDevice = weighted(rng, [['desktop', 50], ['mobile', 42], ['tablet', 8]] as const);
    sink.response([
      `bench_${n}`,
      rating,
      comment,
      weighted(rng, PAGES),
      lastLang,
      lastDevice,
      weighted(rng, [['web', 90], ['email', 6], ['phone', 4]] as const),
      `visit_${visit}`,
      createdAt,
      createdAt,
      who.returning,
      who.attributes,
    ]);
  }
}
