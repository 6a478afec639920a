import Database from 'better-sqlite3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { migrate } from '../src/db/migrate.ts';
import { MIGRATIONS } from '../src/db/migrations/index.ts';
import type { Db } from '../src/db/openDatabase.ts';
import { countChosenCommentTerms, countTopCommentTerms } from '../src/db/queries/comments/countCommentTerms.ts';
import { termRowsSql } from '../src/db/queries/comments/termRows.ts';
import { getFilterAttributes } from '../src/db/queries/responses/getFilterAttributes.ts';
import { unfilteredRange, type ViewRange } from '../src/db/queries/ranges/viewRange.ts';
import { insertResponse, type NewResponse } from '../src/db/queries/responses/insertResponse.ts';
import { createSite } from '../src/db/queries/sites/createSite.ts';
import { recountRatingDays } from '../src/db/queries/sites/recountRatingDays.ts';
import { write } from '../src/db/write.ts';
import { indexCommentTerms, indexSomeComments } from '../src/jobs/commentTerms.ts';
import { applyResponseWrite, isResponseWrite, nextRating, pickResponse, responseWrites } from './rollups/responseWrites.ts';
import { applySiteOperation, checkRollupProperty, countLines, DAY, HOUR, isSiteOperation, localDayOf, newShop, PROPERTY_TIMEOUT, runs, siteOperations, SPAN, START, stored, type Shop } from './rollups/rollupProperty.ts';
import { onPostgres } from './testApp.ts';

// term_days and term_hours (migration 36) against comment_terms itself, and
// attribute_days (migration 37) against the responses' attributes, under
// random writes through every path: live inserts and imports (their terms
// written later by the comment-terms job, as after a commit), deletes,
// retention, updates of a term's or a response's row, zone changes with their
// recounts, and a site's deletion. Seeded: the same cases on every run.

const COMMENTS = ['slow delivery', 'great service', 'slow checkout page', 'delivery was late', '结账页面太慢了', 'great'];

const comment = fc.record({
  site: fc.integer({ min: 0, max: 1 }),
  // Some on the hour, where a range's edges meet term_hours.
  at: fc.oneof(fc.integer({ min: START, max: START + SPAN }), fc.integer({ min: 0, max: SPAN / HOUR }).map((h) => START + h * HOUR)),
  rating: fc.integer({ min: 1, max: 5 }),
  text: fc.option(fc.constantFrom(...COMMENTS), { nil: undefined, freq: 4 }),
  attributes: fc.constantFrom(null, '{"plan":"gold"}', '{"plan":"silver","tier":"2"}'),
});
type Comment = typeof comment extends fc.Arbitrary<infer T> ? T : never;

const operation = fc.oneof(
  ...responseWrites(comment),
  // The comment-terms job's turns, between the other writes: terms arrive after their comments.
  { arbitrary: fc.record({ kind: fc.constant('terms' as const), comments: fc.integer({ min: 1, max: 30 }) }), weight: 4 },
  { arbitrary: fc.record({ kind: fc.constant('update' as const), pick: fc.nat(), at: fc.integer({ min: START, max: START + SPAN }) }), weight: 1 },
  {
    arbitrary: fc.record({ kind: fc.constant('moveResponse' as const), pick: fc.nat(), at: fc.integer({ min: START, max: START + SPAN }), attributes: fc.constantFrom(null, '{"plan":"gold"}') }),
    weight: 1,
  },
  ...siteOperations,
);
type Operation = typeof operation extends fc.Arbitrary<infer T> ? T : never;

const row = (shop: Shop, { rating, text, attributes, ...drawn }: Comment): NewResponse => nextRating(shop, drawn, { rating, comment: text, attributes, path: '/', channel: 'web' });

async function apply(shop: Shop, op: Operation): Promise<void> {
  const { db } = shop;
  if (isSiteOperation(op)) return applySiteOperation(shop, op);
  if (isResponseWrite(op)) return applyResponseWrite(shop, op, row);
  switch (op.kind) {
    case 'terms':
      indexSomeComments(db, op.comments);
      return;
    case 'update': {
      // No product path moves a term; the trigger keeps the counts right if one does. By its key: PostgreSQL's comment_terms has no rowid.
      const all = db.prepare('SELECT response_id, term FROM comment_terms ORDER BY response_id, term').raw().all() as [string, string][];
      const picked = all[op.pick % Math.max(all.length, 1)];
      if (picked !== undefined) write(db, () => db.prepare('UPDATE comment_terms SET created_at = ? WHERE response_id = ? AND term = ?').run(op.at, ...picked));
      return;
    }
    case 'moveResponse': {
      // Nor a response's time or attributes.
      const picked = pickResponse(db, op.pick);
      if (picked !== undefined) write(db, () => db.prepare('UPDATE responses SET created_at = ?, attributes = ? WHERE site_id = ? AND id = ?').run(op.at, op.attributes, picked.site_id, picked.id));
      return;
    }
  }
}

/**
 * A rollup as comment_terms says it should be, worked out here: each term's
 * local day from Intl (or UTC hour); while a site's local days are being
 * recounted, only its terms the recount has passed.
 */
function recounted(db: Db, bucket: 'day' | 'hour', rows = 'SELECT site_id, created_at, term AS value FROM comment_terms'): string[] {
  const dayOf = localDayOf(db);
  return countLines(
    (db.prepare(rows).all() as { site_id: number; created_at: number; value: string }[]).flatMap((t) => {
      const time = bucket === 'hour' ? Math.trunc(t.created_at / HOUR) : dayOf(t.site_id, t.created_at);
      return time === undefined ? [] : [[t.site_id, time, t.value]];
    }),
  );
}

const ATTRIBUTE_SETS = 'SELECT site_id, created_at, attributes AS value FROM responses WHERE attributes IS NOT NULL';

const storedTable = (db: Db, table: string) => stored(db, `SELECT * FROM ${table}`);

function answers(db: Db, range: ViewRange) {
  const top = countTopCommentTerms(db, range, 1, 100);
  return {
    top: [...top],
    chosen: [...countChosenCommentTerms(db, range, [...top.keys()].slice(0, 3).concat('nothing'))],
    attributes: getFilterAttributes(db, range).sort((a, b) => a.attributes.localeCompare(b.attributes)),
  };
}

const sameAsRecount = (db: Db) => {
  expect(storedTable(db, 'term_days')).toEqual(recounted(db, 'day'));
  expect(storedTable(db, 'term_hours')).toEqual(recounted(db, 'hour'));
  expect(storedTable(db, 'attribute_days')).toEqual(recounted(db, 'day', ATTRIBUTE_SETS));
};

describe('term_days, term_hours and attribute_days', () => {
  it('equal a recount of comment_terms and of the attributes after random writes, and themes and the attribute menu count the same from them', async () => {
    await checkRollupProperty({
      operation,
      maxOperations: 30,
      apply,
      extra: fc.constant({}),
      rowsSql: termRowsSql,
      sameAsRecount,
      finish: (db) => {
        indexCommentTerms(db);
        recountRatingDays(db);
      },
      answers,
      seed: 36,
      numRuns: runs(60),
    });
  }, PROPERTY_TIMEOUT);

  it('leaves any filter to comment_terms', () => {
    const shop = newShop();
    const range = unfilteredRange({ siteId: shop.sites[0]!, from: START, to: START + SPAN });
    expect(termRowsSql(shop.db, range)).not.toBeNull();
    for (const filter of [{ device: 'mobile' as const }, { channel: 'web' as const }, { lang: 'en' }, { paths: '["/"]' }, { returning: 1 as const }, { attrKey: 'plan', attrValue: 'gold' }, { theme: 'slow' }, { tag: 'speed' }]) {
      expect(termRowsSql(shop.db, { ...range, ...filter })).toBeNull();
    }
  });

  // SQLite's migration history: PostgreSQL's schema starts at 035, with 036's and 037's backfills their own.
  it.skipIf(onPostgres)('are filled for the terms and attributes stored before migrations 36 and 37, leaving a site’s terms past its zone recount’s point to the recount', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, MIGRATIONS.filter(({ version }) => version < 36));
    const shop = { db, sites: [0, 1].map((n) => createSite(db, { name: `Shop ${n}`, origins: [`https://${n}.example`] }, START).id), serial: 0 };
    for (let n = 0; n < 60; n++) {
      const text = COMMENTS[n % COMMENTS.length]!;
      insertResponse(db, row(shop, { site: n % 2, at: START + n * 5 * HOUR + 1_800_000, rating: 1 + (n % 5), text, attributes: n % 3 ? '{"plan":"gold"}' : null }));
    }
    indexCommentTerms(db);
    // Site 1 moved to Kathmandu (+05:45 since 1986), its local days recounted up to a point, as migration 34's code leaves it.
    db.prepare(`UPDATE sites SET time_zone = 'Asia/Kathmandu' WHERE id = ?`).run(shop.sites[1]);
    db.prepare('UPDATE site_day_offsets SET offset_ms = ? WHERE site_id = ?').run(345 * 60_000, shop.sites[1]);
    db.prepare('INSERT INTO rating_days_recounts (site_id, done_before) VALUES (?, ?)').run(shop.sites[1], START + 3 * DAY);
    migrate(db);
    expect(db.prepare('SELECT count(*) FROM term_days WHERE site_id = ?').pluck().get(shop.sites[1])).toBeGreaterThan(0);
    expect(storedTable(db, 'term_days')).toEqual(recounted(db, 'day'));
    expect(storedTable(db, 'term_hours')).toEqual(recounted(db, 'hour'));
    expect(storedTable(db, 'attribute_days')).toEqual(recounted(db, 'day', ATTRIBUTE_SETS));
    recountRatingDays(db);
    expect(storedTable(db, 'term_days')).toEqual(recounted(db, 'day'));
    expect(storedTable(db, 'attribute_days')).toEqual(recounted(db, 'day', ATTRIBUTE_SETS));
  });
});
