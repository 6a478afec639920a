// The big site the benches read: N page ratings spread over the year before
// `now` (visits of 1–3 ratings, a third of visitors returning, 40 % with a
// `plan` attribute, one visit in five answering NPS as it ends), a touchpoint
// map, the NPS survey, and the comments' theme terms, in a SQLite file.

import type { Db } from '../server/src/db/openDatabase.ts';
import { openDatabase } from '../server/src/db/openDatabase.ts';
import { createSite } from '../server/src/db/queries/sites/createSite.ts';
import { replaceTouchpointMap } from '../server/src/db/queries/sites/replaceTouchpointMap.ts';
import type { StoredSite } from '../server/src/db/queries/sites/siteRow.ts';
import { saveSurvey } from '../server/src/db/queries/surveys/saveSurvey.ts';
import { indexCommentTerms } from '../server/src/jobs/commentTerms.ts';
import { surveySchema } from '../shared/schemas/survey.ts';
import { mulberry32, pick, weighted, type Rng } from '../demo/random.ts';

const BATCH = 50_000;
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

function generate(db: Db, siteId: number, count: number, now: number): void {
  const insert = db.prepare(
    `INSERT INTO responses (id, site_id, type, rating, comment, path, title, lang, device, channel, visit_id, created_at, received_at,
                            returning_visitor, attributes)
     VALUES (?, ?, 'page_rating', ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const answer = db.prepare(
    `INSERT INTO survey_answers (id, site_id, visit_id, survey, question, question_type, score, path, lang, device, created_at, received_at)
     VALUES (?, ?, ?, 'nps', 'recommend', 'nps', ?, '/checkout/thank-you', ?, ?, ?, ?)`,
  );
  const rng: Rng = mulberry32(42);
  const pageWeights = PAGES.map(([path, weight]) => [path, weight] as const);
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
  for (let done = 0; done < count; ) {
    const size = Math.min(BATCH, count - done);
    db.transaction(() => {
      for (let i = 0; i < size; i++) {
        const n = done + i;
        // Evenly over the year, in time order, as a live site fills up.
        const createdAt = Math.floor(start + (n / count) * 365 * DAY);
        const zh = rng() < 0.12;
        const rating = weighted(rng, [[1, 6], [2, 6], [3, 12], [4, 30], [5, 46]] as const);
        const comment = rng() < (rating <= 2 ? 0.6 : 0.25) ? pick(rng, zh ? ZH_COMMENTS : EN_COMMENTS) : null;
        if (rng() < 0.4) {
          // One visit in five answers NPS as it ends, the more likely to recommend the better its last rating.
          if (lastRating !== null && rng() < 0.2) {
            const score = Math.min(10, Math.max(0, Math.round(lastRating * 2 + (rng() - 0.5) * 6)));
            answer.run(`bench_nps_${visit}`, siteId, `visit_${visit}`, score, lastLang, lastDevice, lastAt + 60_000, lastAt + 60_000);
          }
          visit += 1;
          who = visitor();
        }
        lastRating = rating;
        lastAt = createdAt;
        lastLang = zh ? 'zh-CN' : pick(rng, ['en-US', 'en-GB', 'en']);
        lastDevice = weighted(rng, [['desktop', 50], ['mobile', 42], ['tablet', 8]] as const);
        insert.run(
          `bench_${n}`,
          siteId,
          rating,
          comment,
          weighted(rng, pageWeights),
          lastLang,
          lastDevice,
          weighted(rng, [['web', 90], ['email', 6], ['phone', 4]] as const),
          `visit_${visit}`,
          createdAt,
          createdAt,
          who.returning,
          who.attributes,
        );
      }
    })();
    done += size;
    process.stdout.write(`\r${done.toLocaleString('en')} responses`);
  }
  process.stdout.write('\n');
}

/**
 * Opens (creating) `file` and fills it with `responses` ratings over the year
 * before `now`, saying how long that took; `terms: false` skips tokenizing the
 * comments (minutes at a million), for a bench that does not read themes.
 */
export function benchShop(file: string, responses: number, now: number, { terms = true } = {}): { db: Db; site: StoredSite } {
  const db = openDatabase(file);
  // Loading is not what is measured: the collector's FULL sync would only slow it down.
  db.pragma('synchronous = OFF');
  const site = createSite(db, { name: 'Bench', origins: ['https://bench.example'] }, now);
  replaceTouchpointMap(db, site.id, {
    stages: [
      { key: 'before', name: 'Discover' },
      { key: 'during', name: 'Buy' },
      { key: 'after', name: 'After purchase' },
    ],
    touchpoints: [
      { key: 'home', name: 'Home page', stage: 'before', rules: [{ type: 'exact', value: '/' }] },
      { key: 'products', name: 'Product pages', stage: 'before', rules: [{ type: 'pattern', value: '/product/*' }] },
      { key: 'cart', name: 'Cart', stage: 'during', rules: [{ type: 'exact', value: '/cart' }] },
      { key: 'checkout', name: 'Checkout', stage: 'during', rules: [{ type: 'prefix', value: '/checkout/' }] },
      { key: 'account', name: 'Account', stage: 'after', rules: [{ type: 'prefix', value: '/account' }] },
    ],
  });
  // The NPS question the generated visits answer, so its results can be read.
  saveSurvey(
    db,
    site.id,
    surveySchema.parse({ key: 'nps', name: 'NPS', status: 'live', questions: [{ id: 'recommend', type: 'nps' }], trigger: { type: 'pageview' } }),
    now,
  );
  const loadStarted = performance.now();
  generate(db, site.id, responses, now);
  db.exec('ANALYZE');
  console.log(`generated in ${((performance.now() - loadStarted) / 1000).toFixed(1)} s`);

  if (!terms) return { db, site };
  // Tokenizing the year's comments once (what the background job does for comments stored before an upgrade).
  const indexStarted = performance.now();
  const indexed = indexCommentTerms(db);
  console.log(`tokenized ${indexed.toLocaleString('en')} comments in ${((performance.now() - indexStarted) / 1000).toFixed(1)} s`);
  return { db, site };
}
