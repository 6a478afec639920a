// How long each insight view takes for a big site: generates N responses spread
// over a year (default 1 000 000) into a temporary SQLite file, then asks every
// view's route for the last 30 days 20 times, in-process, and prints p50/p95.
// Visits rate 1–3 pages, so peak–end has visits to read, and one in five answers
// NPS as it ends (survey_answers, not counted in N), so its NPS part is read too.
// The target is under 200 ms per view.
//
//   npx tsx bench/insightViews.ts              1 000 000 responses
//   npx tsx bench/insightViews.ts 200000       fewer, for a quick look
//   npx tsx bench/insightViews.ts 200000 5     and 5 runs per view

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../server/src/app.ts';
import { openDatabase, type Db } from '../server/src/db/openDatabase.ts';
import { createSite } from '../server/src/db/queries/sites/createSite.ts';
import { replaceTouchpointMap } from '../server/src/db/queries/sites/replaceTouchpointMap.ts';
import { saveSurvey } from '../server/src/db/queries/surveys/saveSurvey.ts';
import { surveySchema } from '../shared/schemas/survey.ts';
import { indexCommentTerms } from '../server/src/jobs/commentTerms.ts';
import { mulberry32, pick, weighted, type Rng } from '../demo/random.ts';

const RESPONSES = Number(process.argv[2] ?? 1_000_000);
const RUNS = Number(process.argv[3] ?? 20);
/** How many days each view reads, ending now: 30 as the dashboard opens, up to LIMITS.viewDays (400), the longest the collector allows. */
const SPAN_DAYS = Number(process.argv[4] ?? 30);
const BATCH = 50_000;
const DAY = 86_400_000;
const TOKEN = 'bench-token';

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

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const dir = mkdtempSync(join(tmpdir(), 'touchpoint-insight-bench-'));
try {
  const db = openDatabase(join(dir, 'touchpoint.db'));
  // Loading is not what is measured: the collector's FULL sync would only slow it down.
  db.pragma('synchronous = OFF');
  // A bench measures today's collector, so it takes the wall clock, once.
  const now = Date.now();
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
  generate(db, site.id, RESPONSES, now);
  db.exec('ANALYZE');
  console.log(`generated in ${((performance.now() - loadStarted) / 1000).toFixed(1)} s`);

  // Tokenizing the year's comments once (what the background job does for comments stored before an upgrade).
  const indexStarted = performance.now();
  const indexed = indexCommentTerms(db);
  console.log(`tokenized ${indexed.toLocaleString('en')} comments in ${((performance.now() - indexStarted) / 1000).toFixed(1)} s`);

  const app = createApp({
    db,
    config: { adminToken: TOKEN, widgetDir: '/nonexistent', dashboardDir: '/nonexistent', secureCookies: false, now: () => now },
  });
  const last30 = `from=${new Date(now - SPAN_DAYS * DAY).toISOString()}&to=${new Date(now).toISOString()}`;
  const views: [string, string][] = [
    ['summary', `summary?${last30}`],
    ['fix-first', `fix-first?${last30}`],
    ['journey-map', `journey-map?${last30}`],
    ['themes', `themes?${last30}`],
    ['themes (mobile, checkout)', `themes?${last30}&device=mobile&touchpoint=checkout`],
    ['comments (theme)', `comments?${last30}&theme=${encodeURIComponent('slow delivery')}`],
    ['comments (search)', `comments?${last30}&q=${encodeURIComponent('运费')}`],
    ['segments (device)', `segments?${last30}&by=device`],
    ['segments (lang)', `segments?${last30}&by=lang`],
    ['peak-end', `peak-end?${last30}`],
    // Any filter reads the moments themselves instead of the rollup.
    ['peak-end (mobile)', `peak-end?${last30}&device=mobile`],
    ['peak-end (lang zh)', `peak-end?${last30}&lang=zh`],
    ['peak-end (returning)', `peak-end?${last30}&visitor=returning`],
    ['peak-end (checkout)', `peak-end?${last30}&touchpoint=checkout`],
    ['summary (lang zh)', `summary?${last30}&lang=zh`],
    ['journey-map (returning)', `journey-map?${last30}&visitor=returning`],
    ['fix-first (plan:gold)', `fix-first?${last30}&attr=${encodeURIComponent('plan:gold')}`],
    ['fix-first (theme)', `fix-first?${last30}&theme=${encodeURIComponent('slow delivery')}`],
    ['segments (visitor)', `segments?${last30}&by=visitor`],
    ['segments (touchpoint)', `segments?${last30}&by=touchpoint`],
    ['segments (attr:plan)', `segments?${last30}&by=attr:plan`],
    ['filter-options', `filter-options?${last30}`],
    ['comments (last page)', `comments?${last30}&limit=200&offset=100000`],
    ['surveys', `surveys?${last30}`],
    ['survey results (nps)', `surveys/nps/results?${last30}`],
  ];
  console.log(`\n${RESPONSES.toLocaleString('en')} responses over a year; last ${SPAN_DAYS} days; ${RUNS} runs per view`);
  console.log('view'.padEnd(28), 'p50 ms'.padStart(8), 'p95 ms'.padStart(8), 'max ms'.padStart(8), 'KB'.padStart(8));
  for (const [name, path] of views) {
    const times: number[] = [];
    let bytes = 0;
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      const res = await app.request(`/api/sites/${site.key}/${path}`, { headers: { authorization: `Bearer ${TOKEN}` } });
      bytes = (await res.arrayBuffer()).byteLength;
      if (res.status !== 200) throw new Error(`${name}: HTTP ${res.status}`);
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    const p95 = percentile(times, 95);
    const columns = [percentile(times, 50), p95, times.at(-1)!].map((ms) => ms.toFixed(1).padStart(8));
    console.log(name.padEnd(28), ...columns, (bytes / 1024).toFixed(1).padStart(8), p95 > 200 ? '  over 200 ms' : '');
  }
  db.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
