// How long each insight view takes for a big site: generates N responses spread
// over a year (default 1 000 000) into a temporary SQLite file, then asks every
// view's route for the last 30 days 20 times, in-process, and prints p50/p95.
// Visits rate 1–3 pages, so peak–end has visits to read, and one in five answers
// NPS as it ends (survey_answers, not counted in N), so its NPS part is read too.
// The goal (issue 16) is p95 ≤ 50 ms per view at 10 000 000 responses; it was under 200 ms at 1 000 000.
//
//   npx tsx bench/insightViews.ts              1 000 000 responses
//   npx tsx bench/insightViews.ts 200000       fewer, for a quick look
//   npx tsx bench/insightViews.ts 200000 5     and 5 runs per view
//   npx tsx bench/insightViews.ts 200000 5 400 Europe/Berlin
//                                              over 400 days, the site's days cut in Berlin (two changes of clocks)
//   npx tsx bench/insightViews.ts 1000000 5 30 UTC --without-rollups
//                                              each view also with the rollups (ratings, migration 34; comment terms,
//                                              36; attribute sets, 37; survey answers, 39; ratings per attribute set, 40)
//                                              unused, in the same run, its answer checked byte for byte against the rollups'
//   npx tsx bench/insightViews.ts 30000 5 30 UTC --engine postgres
//                                              the same rows and views on PostgreSQL, in a throwaway cluster
//                                              (bench/postgresBenchShop.ts: triggers live, so tens of thousands, not millions)

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../server/src/app.ts';
import type { Db } from '../server/src/db/openDatabase.ts';
import type { StoredSite } from '../server/src/db/queries/sites/siteRow.ts';
import { recountRatingDays } from '../server/src/db/queries/sites/recountRatingDays.ts';
import { updateSiteSettings } from '../server/src/db/queries/sites/updateSiteSettings.ts';
import { benchShop } from './benchShop.ts';
import { postgresBenchShop } from './postgresBenchShop.ts';

/** `--engine postgres` (or `--engine=postgres`); SQLite by default. */
function engineOf(argv: string[]): { engine: 'sqlite' | 'postgres'; rest: string[] } {
  const at = argv.findIndex((arg) => arg === '--engine' || arg.startsWith('--engine='));
  if (at < 0) return { engine: 'sqlite', rest: argv };
  const value = argv[at]!.includes('=') ? argv[at]!.split('=')[1] : argv[at + 1];
  if (value !== 'sqlite' && value !== 'postgres') throw new Error(`--engine: sqlite or postgres, not ${value}`);
  return { engine: value, rest: argv.filter((_, i) => i !== at && (argv[at]!.includes('=') || i !== at + 1)) };
}

const { engine: ENGINE, rest: argv } = engineOf(process.argv.slice(2));
const args = argv.filter((arg) => !arg.startsWith('--'));
const RESPONSES = Number(args[0] ?? 1_000_000);
const RUNS = Number(args[1] ?? 20);
/** How many days each view reads, ending now: 30 as the dashboard opens, up to LIMITS.viewDays (400), the longest the collector allows. */
const SPAN_DAYS = Number(args[2] ?? 30);
/** The site's time zone: its days, and so every per-day series, are cut there. */
const TIME_ZONE = args[3] ?? 'UTC';
/** Also measure each view reading the ratings themselves, as before the rollups: same data, same machine, same minute. */
const WITHOUT_ROLLUPS = process.argv.includes('--without-rollups');
const DAY = 86_400_000;
const TOKEN = 'bench-token';
/** Issue 16: every view this fast at 10 M responses a year. */
const GOAL_P95_MS = 50;

/** Where two answers part, with some text around it, for a bench that stops on a difference. */
function firstDifference(rolled: string, raw: string): string {
  let at = 0;
  while (at < rolled.length && rolled[at] === raw[at]) at++;
  const around = (text: string) => text.slice(Math.max(0, at - 60), at + 60);
  return `at character ${at}, rollups …${around(rolled)}… raw …${around(raw)}…`;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** The generated shop on the chosen engine, and how to throw it away. */
async function openShop(now: number): Promise<{ db: Db; site: StoredSite; close: () => void }> {
  if (ENGINE === 'postgres') {
    const { db, site, stop } = await postgresBenchShop(RESPONSES, now);
    return { db, site, close: stop };
  }
  const dir = mkdtempSync(join(tmpdir(), 'touchpoint-insight-bench-'));
  try {
    const { db, site } = benchShop(join(dir, 'touchpoint.db'), RESPONSES, now);
    return { db, site, close: () => (db.close(), rmSync(dir, { recursive: true, force: true })) };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

// A bench measures today's collector, so it takes the wall clock, once.
const now = Date.now();
const shop = await openShop(now);
// Ctrl-C must not leave a PostgreSQL cluster running.
process.once('SIGINT', () => {
  shop.close();
  process.exit(130);
});
try {
  const { db, site } = shop;
  updateSiteSettings(db, site.id, { timeZone: TIME_ZONE });
  // A zone other than UTC has the rating rollups recounted in its days: the collector's job would, in the background.
  recountRatingDays(db);
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
    ['channels', `channels?${last30}`],
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
    ['summary (plan:gold)', `summary?${last30}&attr=${encodeURIComponent('plan:gold')}`],
    ['journey-map (plan:gold)', `journey-map?${last30}&attr=${encodeURIComponent('plan:gold')}`],
    ['filter-options', `filter-options?${last30}`],
    ['comments (last page)', `comments?${last30}&limit=200&offset=100000`],
    ['surveys', `surveys?${last30}`],
    ['survey results (nps)', `surveys/nps/results?${last30}`],
  ];
  /** A view's timings over RUNS requests, and its last answer. */
  const measure = async (name: string, path: string) => {
    const times: number[] = [];
    let body = '';
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      const res = await app.request(`/api/sites/${site.key}/${path}`, { headers: { authorization: `Bearer ${TOKEN}` } });
      body = await res.text();
      if (res.status !== 200) throw new Error(`${name}: HTTP ${res.status}`);
      times.push(performance.now() - t0);
    }
    return { times: times.sort((a, b) => a - b), body };
  };
  // Stored offsets that match no zone make every range read the ratings (db/queries/ranges/ratingDaysPlan.ts).
  const useRollups = (use: boolean) => db.exec(`UPDATE site_day_offsets SET offset_ms = offset_ms ${use ? '-' : '+'} 1`);
  // The first request loads the views' code (issue 15 made it lazy): not any one view's cost.
  await measure('warm-up', views[0]![1]);
  console.log(`\n${RESPONSES.toLocaleString('en')} responses over a year on ${ENGINE}; last ${SPAN_DAYS} days of ${TIME_ZONE}; ${RUNS} runs per view`);
  const header = ['p50 ms', 'p95 ms', 'max ms', 'KB'];
  console.log('view'.padEnd(28), ...header.map((h) => h.padStart(8)), ...(WITHOUT_ROLLUPS ? ['p50 raw', 'p95 raw'].map((h) => h.padStart(8)) : []));
  /** Views whose answers differ with and without the rollups, or that failed: noted, the rest of the table still measured. */
  const wrong: string[] = [];
  const row = async (name: string, path: string): Promise<string[]> => {
    const { times, body } = await measure(name, path);
    const p95 = percentile(times, 95);
    const columns = [percentile(times, 50), p95, times.at(-1)!].map((ms) => ms.toFixed(1).padStart(8));
    let raw: string[] = [];
    if (WITHOUT_ROLLUPS) {
      useRollups(false);
      const without = await measure(name, path).finally(() => useRollups(true));
      raw = [percentile(without.times, 50), percentile(without.times, 95)].map((ms) => ms.toFixed(1).padStart(8));
      if (without.body !== body) {
        wrong.push(name);
        raw.push(`  answers differ with and without the rollups: ${firstDifference(body, without.body)}`);
      }
    }
    return [...columns, (body.length / 1024).toFixed(1).padStart(8), ...raw, p95 > GOAL_P95_MS ? `  over ${GOAL_P95_MS} ms` : ''];
  };
  for (const [name, path] of views) {
    const columns = await row(name, path).catch((error: Error) => {
      wrong.push(name);
      return [`  failed: ${error.message}`];
    });
    console.log(name.padEnd(28), ...columns);
  }
  if (wrong.length > 0) {
    console.log(`\nwrong or failed on ${ENGINE}: ${wrong.join(', ')}`);
    process.exitCode = 1;
  }
} finally {
  shop.close();
}
