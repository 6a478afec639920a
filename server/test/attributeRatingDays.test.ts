import Database from 'better-sqlite3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Channel } from '../../shared/schemas/response.ts';
import { migrate } from '../src/db/migrate.ts';
import { MIGRATIONS } from '../src/db/migrations/index.ts';
import type { Db } from '../src/db/openDatabase.ts';
import { rolledRatedRows } from '../src/db/queries/ranges/ratedRows.ts';
import { unfilteredRange, type ViewRange } from '../src/db/queries/ranges/viewRange.ts';
import { getChannelRatingCounts } from '../src/db/queries/responses/getChannelRatingCounts.ts';
import { getDailyCounts } from '../src/db/queries/responses/getDailyCounts.ts';
import { getPageScores } from '../src/db/queries/responses/getPageScores.ts';
import { getPathRatingCounts } from '../src/db/queries/responses/getPathRatingCounts.ts';
import { getRatingTotals } from '../src/db/queries/responses/getRatingTotals.ts';
import { getSegmentRatingCounts } from '../src/db/queries/responses/getSegmentRatingCounts.ts';
import { insertResponse, type NewResponse } from '../src/db/queries/responses/insertResponse.ts';
import { recountRatingDays } from '../src/db/queries/sites/recountRatingDays.ts';
import { write } from '../src/db/write.ts';
import { applyResponseWrite, isResponseWrite, nextRating, pickResponse, responseWrites } from './rollups/responseWrites.ts';
import { checkRollupProperty, applySiteOperation, DAY, HOUR, isSiteOperation, localDayOf, newShop, PROPERTY_TIMEOUT, runs, siteOperations, SPAN, START, stored, type Shop } from './rollups/rollupProperty.ts';
import { onPostgres } from './testApp.ts';

// rating_days_attributes and rating_hours_attributes (migration 40) against
// the ratings themselves, under random writes through every path: live
// inserts, imports, deletes, retention, updates of a rating's time, score,
// page or attributes, zone changes with their recounts, and a site's
// deletion; then the attribute filters and splits of the rating views against
// the same queries reading every rating. Seeded: the same cases on every run.

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
  ...responseWrites(rating),
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
  ...siteOperations,
);
type Operation = typeof operation extends fc.Arbitrary<infer T> ? T : never;

const row = (shop: Shop, { rating, comment, attributes, path, channel, ...drawn }: Rating): NewResponse => nextRating(shop, drawn, { rating, comment, attributes, path, channel });

async function apply(shop: Shop, op: Operation): Promise<void> {
  const { db } = shop;
  if (isSiteOperation(op)) return applySiteOperation(shop, op);
  if (isResponseWrite(op)) return applyResponseWrite(shop, op, row);
  // An update: no product path moves a rating; the triggers keep the counts right if one does.
  const picked = pickResponse(db, op.pick);
  if (picked === undefined) return;
  write(db, () =>
    db.prepare('UPDATE responses SET created_at = ?, rating = ?, path = ?, attributes = ? WHERE site_id = ? AND id = ?').run(op.at, op.rating, op.path, op.attributes, picked.site_id, picked.id),
  );
}

/**
 * A rollup as the ratings say it should be, worked out here: each rating's
 * local day from Intl (or UTC hour); while a site's local days are being
 * recounted, only its ratings the recount has passed.
 */
function recounted(db: Db, bucket: 'day' | 'hour'): string[] {
  const dayOf = localDayOf(db);
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
    const time = bucket === 'hour' ? Math.trunc(r.created_at / HOUR) : dayOf(r.site_id, r.created_at);
    if (time === undefined) continue;
    const key = [r.site_id, time, r.path, r.channel, r.attributes ?? ''].join('|');
    const sums = counts.get(key) ?? Array<number>(8).fill(0);
    const added = [1, r.rating, r.comment === null ? 0 : 1, ...[1, 2, 3, 4, 5].map((n) => (r.rating === n ? 1 : 0))];
    counts.set(key, sums.map((sum, i) => sum + added[i]!));
  }
  return [...counts].map(([key, sums]) => `${key}|${sums.join('|')}`).sort();
}

function sameAsRecount(db: Db): void {
  expect(stored(db, 'SELECT * FROM rating_days_attributes')).toEqual(recounted(db, 'day'));
  expect(stored(db, 'SELECT * FROM rating_hours_attributes')).toEqual(recounted(db, 'hour'));
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

describe('rating_days_attributes and rating_hours_attributes', () => {
  it('equal a recount of the ratings after random writes, and the attribute filters and splits count the same from them', async () => {
    await checkRollupProperty({
      operation,
      maxOperations: 30,
      apply,
      extra: fc.constant({}),
      rowsSql: (db, range) => rolledRatedRows(db, { ...range, ...GOLD }, ['path']),
      sameAsRecount,
      finish: recountRatingDays,
      answers,
      seed: 40,
      numRuns: runs(60),
    });
  }, PROPERTY_TIMEOUT);

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
    shop.db.close();
  });

  // SQLite's migration history: PostgreSQL's schema starts at 035, with 040's backfill its own.
  it.skipIf(onPostgres)('are filled for the ratings stored before migration 40, leaving a site’s ratings past its zone recount’s point to the recount', () => {
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
