import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.ts';
import { openDatabase, type Db } from '../src/db/openDatabase.ts';
import { createSite } from '../src/db/queries/sites/createSite.ts';
import { viewWorkerPool } from '../src/views/viewWorkerPool.ts';
import type { ViewRunner } from '../src/views/ViewRunner.ts';
import { THIS_WEEK, plantedShop } from './insightFixtures.ts';
import { NPS_SURVEY, storeAnswer } from './surveyFixtures.ts';
import { tempDirs } from './tempDirs.ts';
import { AFTER_FIXTURES, SHOP_ORIGIN, TOKEN, rating } from './testApp.ts';

const DAY = 86_400_000;
const newDir = tempDirs('touchpoint-view-workers-');
const pools: ViewRunner[] = [];
afterEach(async () => {
  await Promise.all(pools.splice(0).map((pool) => pool.close()));
});

function pool(file: string, entry?: URL): ViewRunner {
  const views = viewWorkerPool({ storage: { engine: 'sqlite', file }, size: 1, entry });
  pools.push(views);
  return views;
}

const config = { adminToken: TOKEN, widgetDir: '/nonexistent', dashboardDir: '/nonexistent', secureCookies: false, now: () => AFTER_FIXTURES };
const asAdmin = { headers: { authorization: `Bearer ${TOKEN}` } };

/** `count` page ratings spread over the 390 days before `now`, in one statement: a site big enough that a year's view takes a while. */
function manyRatings(db: Db, siteId: number, count: number, now: number) {
  db.transaction(() =>
    db
      .prepare(
        `WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < @count)
         INSERT INTO responses (id, site_id, type, rating, comment, path, lang, device, channel, attributes, created_at, received_at)
         SELECT 'bulk_' || i, @siteId, 'page_rating', 1 + (i * 7) % 5,
                CASE WHEN i % 4 = 0 THEN 'delivery was slow ' || (i % 97) END,
                '/product/' || (i % 50), CASE WHEN i % 3 = 0 THEN 'zh-CN' ELSE 'en' END,
                CASE WHEN i % 2 = 0 THEN 'mobile' ELSE 'desktop' END, 'web', '{"plan":"gold"}',
                @start + i * @step, @start + i * @step
           FROM n`,
      )
      .run({ count, siteId, start: now - 390 * DAY, step: Math.floor((390 * DAY) / count) }),
  )();
}

describe('views read on worker threads', () => {
  it('answers the public config and stores a rating while a year-long view is still being read', async () => {
    const file = join(newDir(), 'touchpoint.db');
    const db = openDatabase(file);
    const site = createSite(db, { name: 'Shop', origins: [SHOP_ORIGIN] }, AFTER_FIXTURES - 400 * DAY);
    manyRatings(db, site.id, 200_000, AFTER_FIXTURES);
    const app = createApp({ db, views: pool(file), config });
    // The worker has started and read once, so what follows times the view, not the thread's start.
    expect((await app.request(`/api/sites/${site.key}/summary`, asAdmin)).status).toBe(200);

    // An attribute filter: the rollups hold none, so the view reads every rating of the year
    // (unfiltered, the rollups answer a year in milliseconds, sometimes before the rating below).
    const yearLong = `from=${new Date(AFTER_FIXTURES - 399 * DAY).toISOString()}&to=${new Date(AFTER_FIXTURES).toISOString()}&attr=plan:gold`;
    let heavyDone = false;
    const heavy = Promise.resolve(app.request(`/api/sites/${site.key}/summary?${yearLong}`, asAdmin)).then((res) => {
      heavyDone = true;
      return res;
    });
    // One turn of the event loop: a view read on this thread would have finished within it.
    await new Promise((resolve) => setImmediate(resolve));

    const siteConfig = await app.request(`/v1/sites/${site.key}/config`);
    const posted = await app.request('/v1/responses', {
      method: 'POST',
      body: JSON.stringify(rating(site.key, { id: 'resp_during_view' })),
      headers: { 'content-type': 'text/plain', origin: SHOP_ORIGIN },
    });
    expect(heavyDone).toBe(false);
    expect(siteConfig.status).toBe(200);
    expect(posted.status).toBe(202);
    expect(db.prepare(`SELECT count(*) FROM responses WHERE id = 'resp_during_view'`).pluck().get()).toBe(1);

    const summary = await heavy;
    expect(summary.status).toBe(200);
    expect(((await summary.json()) as { totals: { responses: number } }).totals.responses).toBeGreaterThanOrEqual(200_000);
    db.close();
  }, 120_000);

  it('starts no thread until the first view, so a starting collector keeps its CPU for its first 202s', async () => {
    const file = join(newDir(), 'touchpoint.db');
    const db = openDatabase(file);
    const site = createSite(db, { name: 'Shop', origins: [SHOP_ORIGIN] }, AFTER_FIXTURES);
    const app = createApp({ db, views: pool(file, new URL('./markingViewWorker.ts', import.meta.url)), config });
    const posted = await app.request('/v1/responses', {
      method: 'POST',
      body: JSON.stringify(rating(site.key, { id: 'resp_before_views' })),
      headers: { 'content-type': 'text/plain', origin: SHOP_ORIGIN },
    });
    expect(posted.status).toBe(202);
    // Long enough for a thread started with the pool to have run its first line (about 3 s through tsx on a busy 2-core VM).
    await new Promise((resolve) => setTimeout(resolve, 6_000));
    expect(existsSync(`${file}.started`)).toBe(false);

    expect((await app.request(`/api/sites/${site.key}/summary`, asAdmin)).status).toBe(200);
    expect(existsSync(`${file}.started`)).toBe(true);
    db.close();
  }, 30_000);

  describe('on a copy of a planted shop', () => {
    /** The same shop answered in-process (its :memory: database) and by a worker (a file copy of it). */
    async function twoWays(entry?: URL) {
      const t = await plantedShop();
      const crash = createSite(t.db, { name: 'Crash', origins: [SHOP_ORIGIN] }, AFTER_FIXTURES);
      expect((await t.admin(`/api/sites/${t.site.key}/surveys/${NPS_SURVEY.key}`, { method: 'PUT', body: JSON.stringify(NPS_SURVEY) })).status).toBe(201);
      for (let i = 0; i < 12; i++) {
        storeAnswer(t.db, { siteId: t.site.id, survey: NPS_SURVEY.key, question: 'recommend', questionType: 'nps', score: i % 11, createdAt: Date.parse('2026-11-09T00:00:00Z') + i * 3_600_000 });
      }
      const file = join(newDir(), 'touchpoint.db');
      await t.db.backup(file);
      const inWorker = createApp({ db: t.db, views: pool(file, entry), config });
      const get = (app: { request: typeof t.app.request }, path: string, siteKey = t.site.key) =>
        app.request(`/api/sites/${siteKey}/${path}`, asAdmin);
      return { ...t, crash, file, inWorker, get };
    }

    it('gives every view the answer it gives in-process', async () => {
      const { app, inWorker, get } = await twoWays();
      const paths = [
        `summary?${THIS_WEEK}`,
        `fix-first?${THIS_WEEK}&limit=5`,
        `journey-map?${THIS_WEEK}&device=mobile`,
        `themes?${THIS_WEEK}`,
        `comments?${THIS_WEEK}&q=payment`,
        `segments?${THIS_WEEK}&by=touchpoint`,
        `peak-end?${THIS_WEEK}`,
        `filter-options?${THIS_WEEK}`,
        `journeys/checkout/funnel?${THIS_WEEK}`,
        `surveys?${THIS_WEEK}`,
        `surveys/${NPS_SURVEY.key}/results?${THIS_WEEK}`,
      ];
      for (const path of paths) {
        const [here, there] = await Promise.all([get(app, path), get(inWorker, path)]);
        expect({ path, status: there.status, body: await there.text() }).toEqual({ path, status: here.status, body: await here.text() });
        expect(there.status).toBe(200);
        expect(there.headers.get('content-type')).toBe(here.headers.get('content-type'));
      }
    }, 60_000);

    it("answers a view's refusal and a failure inside the worker in the one error shape, then reads the next view", async () => {
      const { inWorker, get, file } = await twoWays();
      const unknownTouchpoint = await get(inWorker, `summary?${THIS_WEEK}&touchpoint=nowhere`);
      expect(unknownTouchpoint.status).toBe(404);
      expect(await unknownTouchpoint.json()).toEqual({ error: { code: 'not_found', message: 'No touchpoint with key nowhere.' } });
      expect((await get(inWorker, 'surveys/no-such-survey/results')).status).toBe(404);

      // The worker's table disappears under it: an error no view expects.
      const other = new Database(file);
      other.exec('ALTER TABLE responses RENAME TO responses_away');
      const failed = await get(inWorker, `summary?${THIS_WEEK}`);
      expect(failed.status).toBe(500);
      expect(await failed.json()).toEqual({ error: { code: 'internal', message: 'Something went wrong on our side.' } });

      other.exec('ALTER TABLE responses_away RENAME TO responses');
      other.close();
      const next = await get(inWorker, `summary?${THIS_WEEK}`);
      expect(next.status).toBe(200);
      expect(((await next.json()) as { totals: { responses: number } }).totals.responses).toBeGreaterThan(0);
    }, 60_000);

    it('fails only the view whose worker died, then reads the next view on a new worker', async () => {
      const { inWorker, get, crash } = await twoWays(new URL('./crashingViewWorker.ts', import.meta.url));
      expect((await get(inWorker, `summary?${THIS_WEEK}`)).status).toBe(200);
      const died = await get(inWorker, `summary?${THIS_WEEK}`, crash.key);
      expect(died.status).toBe(500);
      expect(await died.json()).toEqual({ error: { code: 'internal', message: 'Something went wrong on our side.' } });
      const next = await get(inWorker, `summary?${THIS_WEEK}`);
      expect(next.status).toBe(200);
      expect(((await next.json()) as { totals: { responses: number } }).totals.responses).toBeGreaterThan(0);
    }, 60_000);

    it('answers 503 with Retry-After once closed, as a collector shutting down does', async () => {
      const { inWorker, get } = await twoWays();
      await pools[0]!.close();
      const refused = await get(inWorker, `summary?${THIS_WEEK}`);
      expect(refused.status).toBe(503);
      expect(refused.headers.get('retry-after')).toBe('2');
      expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('unavailable');
    }, 60_000);
  });
});
