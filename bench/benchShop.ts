// The big site the benches read: N page ratings spread over the year before
// `now` (bench/benchRows.ts), a touchpoint map, the NPS survey, and the
// comments' theme terms, in a SQLite file.

import type Database from 'better-sqlite3';
import { openDatabase, type Db } from '../server/src/db/openDatabase.ts';
import { createSite } from '../server/src/db/queries/sites/createSite.ts';
import { replaceTouchpointMap } from '../server/src/db/queries/sites/replaceTouchpointMap.ts';
import type { StoredSite } from '../server/src/db/queries/sites/siteRow.ts';
import { saveSurvey } from '../server/src/db/queries/surveys/saveSurvey.ts';
import { indexCommentTerms } from '../server/src/jobs/commentTerms.ts';
import { surveySchema } from '../shared/schemas/survey.ts';
import { batchedInserts, rowInserts } from './benchRowInserts.ts';
import { generateBenchRows } from './benchRows.ts';
import { bulkCommentTerms } from './bulkCommentTerms.ts';
import { bulkLoad } from './bulkLoad.ts';

/** Rows per transaction on the live path, as before the bulk path existed. */
const LIVE_BATCH = 50_000;

export function progress(done: number): void {
  process.stdout.write(`\r${done.toLocaleString('en')} responses`);
}

/** As a live collector stores them: row by row, every trigger and index updated, 50 000 rows a transaction. */
function loadLive(db: Database.Database, siteId: number, count: number, now: number): void {
  const sink = rowInserts(db, siteId);
  let done = 0;
  db.exec('BEGIN');
  generateBenchRows(count, now, {
    response(row) {
      sink.response(row);
      if (++done % LIVE_BATCH === 0) {
        db.exec('COMMIT; BEGIN');
        progress(done);
      }
    },
    answer: sink.answer,
  });
  db.exec('COMMIT');
}

/** The same rows, with the indexes built and the peak–end rollup computed once at the end (bench/bulkLoad.ts). */
function loadBulk(db: Database.Database, siteId: number, count: number, now: number): void {
  const sink = batchedInserts(db, siteId);
  let done = 0;
  bulkLoad(db, ['responses', 'survey_answers'], () => {
    generateBenchRows(count, now, {
      response(row) {
        sink.response(row);
        if (++done % 1_000_000 === 0) progress(done);
      },
      answer: sink.answer,
    });
    sink.flush();
  });
}

export function seconds(since: number): string {
  return `${((performance.now() - since) / 1000).toFixed(1)} s`;
}

export function perSecond(count: number, since: number): string {
  return `${Math.round(count / ((performance.now() - since) / 1000)).toLocaleString('en')} rows/s`;
}

/** The bench's site: its touchpoint map and the NPS survey the generated visits answer. */
export function seedBenchSite(db: Db, now: number): StoredSite {
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
  return site;
}

/**
 * Opens (creating) `file` and fills it with `responses` ratings over the year
 * before `now`, saying how long that took; `terms: false` skips tokenizing the
 * comments, for a bench that does not read themes. `load: 'live'` stores the
 * rows as the collector would, one by one through every trigger (slow: the
 * figures before 7 Dec 2026); the default bulk load gives the same database.
 */
export function benchShop(
  file: string,
  responses: number,
  now: number,
  { terms = true, load = 'bulk' }: { terms?: boolean; load?: 'bulk' | 'live' } = {},
): { db: Database.Database; site: StoredSite } {
  const started = performance.now();
  const db = openDatabase(file);
  // Loading is not what is measured: the collector's FULL sync would only slow it down.
  db.pragma('synchronous = OFF');
  const site = seedBenchSite(db, now);
  const loadStarted = performance.now();
  (load === 'live' ? loadLive : loadBulk)(db, site.id, responses, now);
  db.exec('ANALYZE');
  console.log(`\ngenerated (${load}) in ${seconds(loadStarted)}: ${perSecond(responses, loadStarted)}`);

  if (terms) {
    // Tokenizing the year's comments once (what the background job does for comments stored before an upgrade).
    const indexStarted = performance.now();
    let indexed = 0;
    if (load === 'live') indexed = indexCommentTerms(db);
    else bulkLoad(db, ['comment_terms'], () => (indexed = bulkCommentTerms(db)));
    console.log(`tokenized ${indexed.toLocaleString('en')} comments in ${seconds(indexStarted)}`);
  }
  console.log(`bench shop of ${responses.toLocaleString('en')} responses ready in ${seconds(started)}`);
  return { db, site };
}
