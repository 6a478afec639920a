import Database from 'better-sqlite3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Channel } from '../../shared/schemas/response.ts';
import { offsetMs } from '../../shared/time/localDays.ts';
import { insertBatch } from '../src/db/insertBatch.ts';
import { migrate } from '../src/db/migrate.ts';
import { MIGRATIONS } from '../src/db/migrations/index.ts';
import type { Db } from '../src/db/openDatabase.ts';
import { openDatabase } from '../src/db/openDatabase.ts';
import { rolledRatedRows } from '../src/db/queries/ranges/ratedRows.ts';
import { unfilteredRange, type ViewRange } from '../src/db/queries/ranges/viewRange.ts';
import { deleteResponse, deleteVisitorData } from '../src/db/queries/responses/deleteResponses.ts';
import { getChannelRatingCounts } from '../src/db/queries/responses/getChannelRatingCounts.ts';
import { getDailyCounts } from '../src/db/queries/responses/getDailyCounts.ts';
import { getPageScores } from '../src/db/queries/responses/getPageScores.ts';
import { getPathRatingCounts } from '../src/db/queries/responses/getPathRatingCounts.ts';
import { getRatingTotals } from '../src/db/queries/responses/getRatingTotals.ts';
import { getSegmentRatingCounts } from '../src/db/queries/responses/getSegmentRatingCounts.ts';
import { insertResponse, type NewResponse } from '../src/db/queries/responses/insertResponse.ts';
import { createSite } from '../src/db/queries/sites/createSite.ts';
import { recountRatingDays, recountSomeRatingDays } from '../src/db/queries/sites/recountRatingDays.ts';
import { updateSiteSettings } from '../src/db/queries/sites/updateSiteSettings.ts';
import { write } from '../src/db/write.ts';

// rating_days_attributes and rating_hours_attributes (migration 40) against
// the ratings themselves, under random writes through every path: live
// inserts, imports, deletes, retention, updates of a rating's time, score,
// page or attributes, zone changes with their recounts, and a site's
// deletion; then the attribute filters and splits of the rating views against
// the same queries reading every rating. Seeded: the same cases on every run.

const DAY = 86_400_000;
const HOUR = 3_600_000;
const START = Date.parse('2026-03-25T00:00:00Z'); // Berlin, Santiago and Lord Howe change clocks within the span
const SPAN = 14 * DAY;
const ZONES = ['UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Kathmandu', 'Australia/Lord_Howe', 'America/Santiago'];
const ATTRIBUTE_SETS = [null, '{"plan":"gold"}', '{"plan":"silver","tier":"2"}', '{"tier":"2"}', '{"plan":"gold","tier":"1"}'];
const PATHS = ['/', '/cart', '/checkout/pay'];
const CHANNELS: Channel[] = ['web', 'email'];

const rating = fc.record({
  site: fc.integer({ min: 0, max: 1 }),
  // Some on the hour, where a range's edges meet rating_hours_attributes.
  at: fc.oneof(fc.integer({ min: START, max: START + SPAN }), fc.integer({ min: 0, max: SPAN / HOUR }).map((h) => START + h * HOUR)),
  rating: fc.integer({ min: 1, max: 5 }),
  comment: fc.option(fc.constant('slow'), { nil: undefined }),
  attributes: fc.constantFrom(...ATTRIBUTE_SETS),
  path: fc.constantFrom(...PATHS),
  channel: fc.constantFrom(...CHANNELS),
});
type Rating = typeof rating extends fc.Arbitrary<infer T> ? T : never;

const operation = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('live' as const), rows: fc.array(rating, { minLength: 1, maxLength: 8 }) }), weight: 6 },
  { arbitrary: fc.record({ kind: fc.constant('import' as const), rows: fc.array(rating, { minLength: 1, maxLength: 20 }) }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('retention' as const), site: fc.integer({ min: 0, max: 1 }), before: fc.integer({ min: START, max: START + SPAN }) }), weight: 1 },
  {
    arbitrary: fc.record({
      kind: fc.constant('update' as const),
      pick: fc.nat(),
      at: fc.integer({ min: START, max: START + SPAN }),
      rating: fc.integer({ min: 1, max: 5 }),
      path: fc.constantFrom(...PATHS),
      attributes: fc.constantFrom(...ATTRIBUTE_SETS),
    }),
    weight: 2,
  },
  { arbitrary: fc.record({ kind: fc.constant('zone' as const), site: fc.integer({ min: 0, max: 1 }), zone: fc.constantFrom(...ZONES) }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('recount' as const), steps: fc.integer({ min: 1, max: 10 }) }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constant('deleteSite' as const) }), weight: 1 },
);
type Operation = typeof operation extends fc.Arbitrary<infer T> ? T : never;

interface Shop {
  db: Db;
  sites: number[];
  serial: number;
}

function newShop(db: Db = openDatabase(':memory:')): Shop {
  const sites = [0, 1].map((n) => createSite(db, { name: `Shop ${n}`, origins: [`https://${n}.example`] }, START).id);
  return { db, sites, serial: 0 };
}

function row(shop: Shop, r: Rating): NewResponse {
  shop.serial += 1;
  return {
    id: `r${shop.serial}`,
    siteId: shop.sites[r.site]!,
    type: 'page_rating',
    rating: r.rating,
    comment: r.comment,
    attributes: r.attributes,
    path: r.path,
    channel: r.channel,
    createdAt: r.at,
    receivedAt: r.at,
  };
}

async function apply(shop: Shop, op: Operation): Promise<void> {
  const { db } = shop;
  switch (op.kind) {
    case 'live':
      for (const r of op.rows) insertResponse(db, row(shop, r));
      return;
    case 'import':
      insertBatch(db, op.rows.map((r) => ({ kind: 'response', row: row(shop, r) })));
      return;
    case 'delete': {
      const all = db.prepare('SELECT site_id, id FROM responses ORDER BY rowid').all() as { site_id: number; id: string }[];
      const picked = all[op.pick % Math.max(all.length, 1)];
      if (picked) deleteResponse(db, picked.site_id, picked.id);
      return;
    }
    case 'retention':
      await deleteVisitorData(db, shop.sites[op.site]!, op.before);
      return;
    case 'update': {
      // No product path moves a rating; the triggers keep the counts right if one does.
      const all = db.prepare('SELECT rowid FROM responses ORDER BY rowid').pluck().all() as number[];
      const picked = all[op.pick % Math.max(all.length, 1)];
      if (picked === undefined) return;
      write(db, () =>
        db.prepare('UPDATE responses SET created_at = ?, rating = ?, path = ?, attributes = ? WHERE rowid = ?').run(op.at, op.rating, op.path, op.attributes, picked),
      );
      return;
    }
    case 'zone':
      updateSiteSettings(db, shop.sites[op.site]!, { timeZone: op.zone });
      return;
    case 'recount':
      for (let step = 0; step < op.steps && recountSomeRatingDays(db); step++);
      return;
    case 'deleteSite':
      write(db, () => db.prepare('DELETE FROM sites WHERE id = ?').run(shop.sites[1]));
      shop.sites[1] = createSite(db, { name: 'Shop again', origins: ['https://again.example'] }, START).id;
      return;
  }
}

/**
 * A rollup as the ratings say it should be, worked out here: each rating's
 * local day from Intl (or UTC hour); while a site's local days are being
 * recounted, only its ratings the recount has passed.
 */
function recounted(db: Db, bucket: 'day' | 'hour'): string[] {
  const recounts = new Map(db.prepare('SELECT site_id, done_before FROM rating_days_recounts').raw().all() as [number, number][]);
  const zones = new Map(db.prepare('SELECT id, time_zone FROM sites').raw().all() as [number, string][]);
  const counts = new Map<string, number[]>();
  const ratings = db.prepare('SELECT site_id, created_at, path, channel, attributes, rating, comment FROM responses WHERE rating IS NOT NULL').all() as {
    site_id: number;
    created_at: number;
    path: string;
    channel: string;
    attributes: string | null;
    rating: number;
    comment: string | null;
  }[];
  for (const r of ratings) {
    const at = r.created_at;
    if (bucket === 'day' && at >= (recounts.get(r.site_id) ?? Infinity)) continue;
    const time = bucket === 'hour' ? Math.trunc(at / HOUR) : Math.trunc((at + offsetMs(zones.get(r.site_id)!, at)) / DAY);
    const key = [r.site_id, time, r.path, r.channel, r.attributes ?? ''].join('|');
    const sums = counts.get(key) ?? Array<number>(8).fill(0);
    const added = [1, r.rating, r.comment === null ? 0 : 1, ...[1, 2, 3, 4, 5].map((n) => (r.rating === n ? 1 : 0))];
    counts.set(key, sums.map((sum, i) => sum + added[i]!));
  }
  return [...counts].map(([key, sums]) => `${key}|${sums.join('|')}`).sort();
}

const stored = (db: Db, table: string) => (db.prepare(`SELECT * FROM ${table}`).raw().all() as unknown[][]).map((r) => r.join('|')).sort();

function sameAsRecount(db: Db): void {
  expect(stored(db, 'rating_days_attributes')).toEqual(recounted(db, 'day'));
  expect(stored(db, 'rating_hours_attributes')).toEqual(recounted(db, 'hour'));
}

const GOLD = { attrKey: 'plan', attrValue: 'gold' };
const bySegment = (a: { key: string }, b: { key: string }) => a.key.localeCompare(b.key);

/** What the rating views answer under an attribute filter or split. */
function answers(db: Db, range: ViewRange) {
  const gold = { ...range, ...GOLD };
  return {
    plans: getSegmentRatingCounts(db, range, 'attr:plan').sort(bySegment),
    tiers: getSegmentRatingCounts(db, { ...range, paths: '["/cart"]' }, 'attr:tier').sort(bySegment),
    goldTiers: getSegmentRatingCounts(db, gold, 'attr:tier').sort(bySegment),
    totals: getRatingTotals(db, gold),
    daily: getDailyCounts(db, gold),
    pages: getPathRatingCounts(db, gold).sort((a, b) => a.path.localeCompare(b.path)),
    scores: getPageScores(db, gold),
    channels: getChannelRatingCounts(db, { ...gold, channel: 'email' }).sort((a, b) => a.path.localeCompare(b.path)),
  };
}

/** The same answers read from the ratings: stored offsets that match no zone make every range read them. */
function rawAnswers(db: Db, range: ViewRange) {
  db.exec('SAVEPOINT raw; UPDATE site_day_offsets SET offset_ms = offset_ms + 1;');
  try {
    expect(rolledRatedRows(db, { ...range, ...GOLD }, ['path'])).toBeNull();
    return answers(db, range);
  } finally {
    db.exec('ROLLBACK TO raw; RELEASE raw;');
  }
}

const timeZoneOf = (db: Db, siteId: number) => db.prepare('SELECT time_zone FROM sites WHERE id = ?').pluck().get(siteId) as string;

describe('rating_days_attributes and rating_hours_attributes', () => {
  it('equal a recount of the ratings after random writes, and the attribute filters and splits count the same from them', async () => {
    let rolledUp = 0;
    let asked = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(operation, { minLength: 1, maxLength: 30 }),
        fc.array(fc.record({ from: fc.integer({ min: START - DAY, max: START + SPAN }), days: fc.integer({ min: 0, max: 15 }), hours: fc.integer({ min: 0, max: 47 }) }), {
          minLength: 1,
          maxLength: 4,
        }),
        async (operations, ranges) => {
          const shop = newShop();
          for (const op of operations) await apply(shop, op);
          sameAsRecount(shop.db);
          // While a recount is under way the views read the ratings; once it is done, the rollups again.
          for (const siteId of shop.sites) {
            const recounting = shop.db.prepare('SELECT 1 FROM rating_days_recounts WHERE site_id = ?').get(siteId);
            const range = unfilteredRange({ siteId, timeZone: timeZoneOf(shop.db, siteId), from: START, to: START + SPAN });
            if (recounting) expect(rolledRatedRows(shop.db, { ...range, ...GOLD }, ['path'])).toBeNull();
          }
          recountRatingDays(shop.db);
          sameAsRecount(shop.db);
          for (const { from, days, hours } of ranges) {
            for (const siteId of shop.sites) {
              const range = unfilteredRange({ siteId, timeZone: timeZoneOf(shop.db, siteId), from, to: from + days * DAY + hours * HOUR });
              asked += 1;
              if (rolledRatedRows(shop.db, { ...range, ...GOLD }, ['path'])) rolledUp += 1;
              expect(answers(shop.db, range)).toEqual(rawAnswers(shop.db, range));
            }
          }
          shop.db.close();
        },
      ),
      { seed: 40, numRuns: 60 },
    );
    // The rollups were read, not only the fallback.
    expect(rolledUp).toBeGreaterThan(asked / 2);
  }, 60_000);

  it('leave an attribute with a device, language or visitor filter or split to the ratings', () => {
    const shop = newShop();
    const range = { ...unfilteredRange({ siteId: shop.sites[0]!, from: START, to: START + SPAN }), ...GOLD };
    expect(rolledRatedRows(shop.db, range, ['path', 'channel'])).not.toBeNull();
    expect(rolledRatedRows(shop.db, unfilteredRange(range), ['attributes'])).not.toBeNull();
    for (const filter of [{ device: 'mobile' as const }, { lang: 'en' }, { returning: 1 as const }, { theme: 'slow' }, { tag: 'speed' }]) {
      expect(rolledRatedRows(shop.db, { ...range, ...filter }, ['path'])).toBeNull();
    }
    expect(rolledRatedRows(shop.db, range, ['device'])).toBeNull();
    expect(rolledRatedRows(shop.db, unfilteredRange(range), ['attributes', 'lang'])).toBeNull();
  });

  it('are filled for the ratings stored before migration 40, leaving a site’s ratings past its zone recount’s point to the recount', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, MIGRATIONS.filter(({ version }) => version < 40));
    const shop = newShop(db);
    for (let n = 0; n < 60; n++) {
      const r = { site: n % 2, at: START + n * 5 * HOUR + 1_800_000, rating: 1 + (n % 5), comment: n % 4 ? ('slow' as const) : undefined, path: PATHS[n % 3]!, channel: CHANNELS[n % 2]! };
      insertResponse(db, row(shop, { ...r, attributes: ATTRIBUTE_SETS[n % ATTRIBUTE_SETS.length]! }));
    }
    // Site 1 moved to Kathmandu (+05:45 since 1986), its local days recounted up to a point, as migration 34's code leaves it.
    db.prepare(`UPDATE sites SET time_zone = 'Asia/Kathmandu' WHERE id = ?`).run(shop.sites[1]);
    db.prepare('UPDATE site_day_offsets SET offset_ms = ? WHERE site_id = ?').run(345 * 60_000, shop.sites[1]);
    db.prepare('INSERT INTO rating_days_recounts (site_id, done_before) VALUES (?, ?)').run(shop.sites[1], START + 3 * DAY);
    migrate(db);
    expect(db.prepare('SELECT count(*) FROM rating_days_attributes WHERE site_id = ?').pluck().get(shop.sites[1])).toBeGreaterThan(0);
    sameAsRecount(db);
    recountRatingDays(db);
    sameAsRecount(db);
  });
});
