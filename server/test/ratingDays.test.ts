import Database from 'better-sqlite3';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { offsetMs } from '../../shared/time/localDays.ts';
import type { Db } from '../src/db/openDatabase.ts';
import { migrate } from '../src/db/migrate.ts';
import { MIGRATIONS } from '../src/db/migrations/index.ts';
import { ratingDaysPlan } from '../src/db/queries/ranges/ratingDaysPlan.ts';
import { zoneStretches } from '../src/db/queries/ranges/zoneStretches.ts';
import type { ViewRange } from '../src/db/queries/ranges/viewRange.ts';
import { countResponsesBy } from '../src/db/queries/responses/countResponsesBy.ts';
import { getChannelRatingCounts } from '../src/db/queries/responses/getChannelRatingCounts.ts';
import { getDailyCounts } from '../src/db/queries/responses/getDailyCounts.ts';
import { getPageScores } from '../src/db/queries/responses/getPageScores.ts';
import { getPathRatingCounts } from '../src/db/queries/responses/getPathRatingCounts.ts';
import { getRatingTotals } from '../src/db/queries/responses/getRatingTotals.ts';
import { getSegmentRatingCounts } from '../src/db/queries/responses/getSegmentRatingCounts.ts';
import { listRangePaths } from '../src/db/queries/responses/listRangePaths.ts';
import { insertResponse, type NewResponse } from '../src/db/queries/responses/insertResponse.ts';
import { createSite } from '../src/db/queries/sites/createSite.ts';
import { recountRatingDays } from '../src/db/queries/sites/recountRatingDays.ts';
import { syncSiteDayOffsets } from '../src/db/queries/sites/setSiteDayOffsets.ts';
import { updateSiteSettings } from '../src/db/queries/sites/updateSiteSettings.ts';
import { write } from '../src/db/write.ts';
import { applyResponseWrite, isResponseWrite, nextRating, pickResponse, responseWrites } from './rollups/responseWrites.ts';
import { applySiteOperation, checkRollupProperty, DAY, isSiteOperation, newShop, PROPERTY_TIMEOUT, runs, siteOperations, SPAN, START, stored, type Shop } from './rollups/rollupProperty.ts';
import { onPostgres, testDb } from './testApp.ts';
import { startRatingDaysRecountJob } from '../src/jobs/ratingDaysRecount.ts';

// rating_days (migration 34) against the ratings themselves, under random
// writes through every path: live inserts, imports (insertBatch), deletes,
// retention, updates, zone changes and a site's deletion. Seeded: the same
// cases on every run.

const PATHS = ['/', '/cart', '/checkout/payment', '/about'];
const LANGS = [null, 'en', 'en-US', 'EN-gb', 'zh-CN', 'de'];

const rating = fc.record({
  site: fc.integer({ min: 0, max: 1 }),
  at: fc.integer({ min: START, max: START + SPAN }),
  rating: fc.integer({ min: 1, max: 5 }),
  comment: fc.option(fc.constantFrom('slow', 'great'), { nil: undefined }),
  path: fc.constantFrom(...PATHS),
  lang: fc.constantFrom(...LANGS),
  device: fc.constantFrom(undefined, 'desktop' as const, 'mobile' as const),
  channel: fc.constantFrom('web' as const, 'email' as const, 'phone' as const),
  returning: fc.constantFrom(null, 0 as const, 1 as const),
});
type Rating = typeof rating extends fc.Arbitrary<infer T> ? T : never;

const operation = fc.oneof(
  ...responseWrites(rating),
  { arbitrary: fc.record({ kind: fc.constant('update' as const), pick: fc.nat(), to: rating }), weight: 2 },
  ...siteOperations,
);
type Operation = typeof operation extends fc.Arbitrary<infer T> ? T : never;

// Mostly unset, so that ranges often have only the filters the smaller rollups hold.
const maybe = <T,>(...values: T[]) => fc.option(fc.constantFrom(...values), { nil: null, freq: 2 });
const filters = fc.record({
  device: maybe('desktop' as const, 'mobile' as const),
  channel: maybe('web' as const, 'email' as const),
  lang: maybe('en', 'zh'),
  paths: maybe(JSON.stringify(['/cart']), JSON.stringify(['/', '/checkout/payment']), '[]'),
  returning: maybe(0 as const, 1 as const),
});

const row = (shop: Shop, { rating, comment, path, lang, device, channel, returning, ...drawn }: Rating): NewResponse =>
  nextRating(shop, drawn, { rating, comment, path, lang: lang ?? undefined, device, channel, returning });

async function apply(shop: Shop, op: Operation): Promise<void> {
  const { db } = shop;
  if (isSiteOperation(op)) return applySiteOperation(shop, op);
  if (isResponseWrite(op)) return applyResponseWrite(shop, op, row);
  // An update: no product path edits a rating today; the trigger keeps the rollup right if one does.
  const picked = pickResponse(db, op.pick);
  if (!picked) return;
  const to = row(shop, op.to);
  write(db, () =>
    db
      .prepare(`UPDATE responses SET rating = ?, comment = ?, path = ?, lang = ?, device = ?, channel = ?, returning_visitor = ?, created_at = ? WHERE site_id = ? AND id = ?`)
      .run(to.rating, to.comment ?? null, to.path, to.lang ?? null, to.device ?? null, to.channel, to.returning ?? null, to.createdAt, picked.site_id, picked.id),
  );
}

type Row = Record<string, number | string | null>;
const BY_VISITOR = (r: Row) => [r.path, r.channel, r.device ?? '', r.lang ?? '', r.returning_visitor ?? -1];
const BY_PAGE = (r: Row) => [r.path, r.channel];

/**
 * A rollup as the ratings say it should be, worked out here: each rating's
 * local day from Intl (or UTC hour), grouped in JS by `columns`; while a
 * site's local days are being recounted, only its ratings the recount has passed.
 */
function recounted(db: Db, columns: (r: Row) => unknown[], bucket: 'day' | 'hour' = 'day'): string[] {
  const recounts = new Map(
    (db.prepare('SELECT site_id, done_before FROM rating_days_recounts').raw().all() as [number, number][]).filter(() => bucket === 'day'),
  );
  const zones = new Map((db.prepare('SELECT id, time_zone FROM sites').all() as { id: number; time_zone: string }[]).map((s) => [s.id, s.time_zone]));
  const rows = db.prepare('SELECT * FROM responses WHERE rating IS NOT NULL').all() as Row[];
  const groups = new Map<string, number[]>();
  for (const r of rows) {
    const at = r.created_at as number;
    if (at >= (recounts.get(r.site_id as number) ?? Infinity)) continue;
    const time = bucket === 'hour' ? Math.trunc(at / 3_600_000) : Math.trunc((at + offsetMs(zones.get(r.site_id as number)!, at)) / DAY);
    const key = [r.site_id, time, ...columns(r)].join('|');
    const counts = groups.get(key) ?? [0, 0, 0, 0, 0, 0, 0, 0];
    const value = r.rating as number;
    counts[0]! += 1;
    counts[1]! += value;
    counts[2]! += r.comment === null ? 0 : 1;
    counts[2 + value]! += 1;
    groups.set(key, counts);
  }
  return [...groups].map(([key, counts]) => `${key}|${counts.join('|')}`).sort();
}

const storedTable = (db: Db, table: string) => stored(db, `SELECT * FROM ${table}`);

/** Every query that reads rating_days, asked the same range. */
function answers(db: Db, range: ViewRange) {
  return {
    totals: getRatingTotals(db, range),
    daily: getDailyCounts(db, range),
    pages: getPageScores(db, range),
    paths: getPathRatingCounts(db, range),
    channels: getChannelRatingCounts(db, range),
    segments: (['device', 'channel', 'lang', 'visitor', 'touchpoint'] as const).map((by) => getSegmentRatingCounts(db, range, by)),
    facets: (['path', 'lang', 'channel'] as const).map((facet) => countResponsesBy(db, range, facet)),
    rangePaths: listRangePaths(db, range).sort(),
  };
}

const sameAsRecount = (db: Db) => {
  expect(storedTable(db, 'rating_days')).toEqual(recounted(db, BY_VISITOR));
  expect(storedTable(db, 'rating_days_pages')).toEqual(recounted(db, BY_PAGE));
  expect(storedTable(db, 'rating_hours_pages')).toEqual(recounted(db, BY_PAGE, 'hour'));
};

describe('rating_days, rating_days_pages and rating_hours_pages', () => {
  it('equals a recount of the ratings after random writes, and every view answers from it as from the ratings', async () => {
    await checkRollupProperty({
      operation,
      maxOperations: 25,
      apply,
      extra: filters,
      rowsSql: ratingDaysPlan,
      sameAsRecount,
      finish: recountRatingDays,
      answers,
      seed: 16,
      numRuns: runs(60),
    });
  }, PROPERTY_TIMEOUT);

  // SQLite's migration history: PostgreSQL's schema starts at 035.
  it.skipIf(onPostgres)('is filled for the ratings stored before migration 34, and counted in each site’s zone once the collector syncs and recounts it', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, MIGRATIONS.filter(({ version }) => version < 34));
    const insert = db.prepare(
      `INSERT INTO sites (key, name, origins, created_at, time_zone) VALUES (?, 'Shop', '[]', 0, ?) RETURNING id`,
    );
    const utc = (insert.get('site_utc', 'UTC') as { id: number }).id;
    const berlin = (insert.get('site_berlin', 'Europe/Berlin') as { id: number }).id;
    const rate = db.prepare(
      `INSERT INTO responses (id, site_id, type, rating, path, channel, created_at, received_at) VALUES (?, ?, 'page_rating', ?, '/', 'web', ?, ?)`,
    );
    // Around midnight in Berlin, so its days and UTC's differ.
    for (let n = 0; n < 40; n++) {
      const at = START + n * 3 * 3_600_000 + 9_000_000; // 02:30, 05:30 … 23:30 UTC: 00:30 in Berlin, the next day
      for (const site of [utc, berlin]) rate.run(`r${site}_${n}`, site, 1 + (n % 5), at, at);
    }
    migrate(db);
    const range = (siteId: number, timeZone: string): ViewRange => ({
      siteId, timeZone, from: START - DAY, to: START + 7 * DAY,
      device: null, channel: null, lang: null, paths: null, returning: null, attrKey: null, attrValue: null, theme: null, tag: null,
    });
    // Migration 34 counts every site in UTC days: right for the UTC site, read from the ratings for Berlin's until synced.
    const ofSite = (site: number, rows: string[]) => rows.filter((row) => row.startsWith(`${site}|`));
    expect(ofSite(utc, storedTable(db, 'rating_days'))).toEqual(ofSite(utc, recounted(db, BY_VISITOR)));
    expect(ofSite(berlin, storedTable(db, 'rating_days'))).not.toEqual(ofSite(berlin, recounted(db, BY_VISITOR)));
    expect(ratingDaysPlan(db, range(utc, 'UTC'))).not.toBeNull();
    expect(ratingDaysPlan(db, range(berlin, 'Europe/Berlin'))).toBeNull();
    const beforeSync = answers(db, range(berlin, 'Europe/Berlin'));
    expect(syncSiteDayOffsets(db)).toBe(1);
    expect(ratingDaysPlan(db, range(berlin, 'Europe/Berlin'))).toBeNull();
    recountRatingDays(db);
    expect(storedTable(db, 'rating_days')).toEqual(recounted(db, BY_VISITOR));
    expect(storedTable(db, 'rating_days_pages')).toEqual(recounted(db, BY_PAGE));
    expect(ratingDaysPlan(db, range(berlin, 'Europe/Berlin'))).not.toBeNull();
    expect(answers(db, range(berlin, 'Europe/Berlin'))).toEqual(beforeSync);
    // Synced sites are left alone.
    expect(syncSiteDayOffsets(db)).toBe(0);
  });

  it('checks the sites again at a start only when the runtime’s zone rules changed since the last check', () => {
    const db = testDb();
    const berlin = createSite(db, { name: 'Berlin shop', origins: ['https://berlin.example'], timeZone: 'Europe/Berlin' }, START).id;
    const offsets = () => db.prepare('SELECT count(*) FROM site_day_offsets WHERE site_id = ?').pluck().get(berlin) as number;
    const kept = offsets();
    expect(kept).toBeGreaterThan(100);
    expect(syncSiteDayOffsets(db, '2025a')).toBe(0);
    // Offsets gone wrong behind the collector's back stand for rules that changed under them.
    db.prepare('DELETE FROM site_day_offsets WHERE site_id = ? AND from_at > ?').run(berlin, START);
    expect(syncSiteDayOffsets(db, '2025a')).toBe(0);
    expect(offsets()).toBeLessThan(kept);
    expect(syncSiteDayOffsets(db, '2025b')).toBe(1);
    expect(offsets()).toBe(kept);
  });

  it('is recounted in a new zone in the background by the collector’s job, while ratings keep coming', async () => {
    const shop = newShop();
    const at = (n: number) => START + n * 5_400_000;
    for (let n = 0; n < 300; n++) insertResponse(shop.db, row(shop, { site: 0, at: at(n), rating: 1 + (n % 5), comment: undefined, path: '/', lang: null, device: undefined, channel: 'web', returning: null }));
    updateSiteSettings(shop.db, shop.sites[0]!, { timeZone: 'Asia/Kathmandu' });
    const job = startRatingDaysRecountJob(shop.db, 5);
    insertResponse(shop.db, row(shop, { site: 0, at: at(301), rating: 2, comment: 'slow', path: '/', lang: null, device: undefined, channel: 'web', returning: null }));
    await vi.waitFor(() => expect(shop.db.prepare('SELECT count(*) FROM rating_days_recounts').pluck().get()).toBe(0));
    await job.stop();
    expect(storedTable(shop.db, 'rating_days')).toEqual(recounted(shop.db, BY_VISITOR));
    expect(storedTable(shop.db, 'rating_days_pages')).toEqual(recounted(shop.db, BY_PAGE));
  });

  it('finds each change of clocks to the quarter hour, whatever millisecond the range starts at, so a range’s offsets match the stored ones', () => {
    const odd = Date.UTC(2025, 0, 1) + 369_408;
    const changes = (timeZone: string) => zoneStretches(timeZone, odd, Date.UTC(2026, 0, 1)).slice(1).map(({ fromAt }) => new Date(fromAt).toISOString());
    expect(changes('Europe/Berlin')).toEqual(['2025-03-30T01:00:00.000Z', '2025-10-26T01:00:00.000Z']);
    expect(changes('America/St_Johns')).toEqual(['2025-03-09T05:30:00.000Z', '2025-11-02T04:30:00.000Z']);
    expect(changes('Australia/Lord_Howe')).toEqual(['2025-04-05T15:00:00.000Z', '2025-10-04T15:30:00.000Z']);
  });
});
