import fc from 'fast-check';
import { expect } from 'vitest';
import { offsetMs } from '../../../shared/time/localDays.ts';
import type { Db } from '../../src/db/openDatabase.ts';
import { deleteVisitorData } from '../../src/db/queries/responses/deleteResponses.ts';
import { unfilteredRange, type ViewRange } from '../../src/db/queries/ranges/viewRange.ts';
import { createSite } from '../../src/db/queries/sites/createSite.ts';
import { recountSomeRatingDays } from '../../src/db/queries/sites/recountRatingDays.ts';
import { updateSiteSettings } from '../../src/db/queries/sites/updateSiteSettings.ts';
import { write } from '../../src/db/write.ts';
import { onPostgres, testDb } from '../testApp.ts';

// What the rollup property tests share ("a rollup equals its recount from the
// raw rows, and the views answer from it as from the raw rows, under random
// writes"): two shops, the writes every rollup must survive (retention, a
// change of zone, its recount's steps, a site's deletion), the local days of a
// recount in JS, the raw read beside the rollup's, and the property's loop.
// The database is testDb()'s, so each file proves its rollup on both engines.

export const DAY = 86_400_000;
export const HOUR = 3_600_000;
export const START = Date.parse('2026-03-25T00:00:00Z'); // Berlin, Santiago and Lord Howe change clocks within the span
export const SPAN = 14 * DAY;
// Whole-hour, half-hour and quarter-hour zones, half-hour daylight saving, and Santiago, where midnight is skipped.
export const ZONES = ['UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Asia/Kathmandu', 'Australia/Lord_Howe', 'America/Santiago'];

/**
 * fast-check's runs for a property: fewer on PostgreSQL, where every statement
 * is a round trip (a run of 30 writes and its checks is seconds there).
 */
export const runs = (onSqlite: number, onPostgreSql = 6) => (onPostgres ? onPostgreSql : onSqlite);
/** The property's time limit: PostgreSQL's runs are fewer but each far slower, on a shared machine. */
export const PROPERTY_TIMEOUT = onPostgres ? 300_000 : 60_000;

export interface Shop {
  db: Db;
  sites: number[];
  serial: number;
}

export function newShop(db: Db = testDb()): Shop {
  const sites = [0, 1].map((n) => createSite(db, { name: `Shop ${n}`, origins: [`https://${n}.example`] }, START).id);
  return { db, sites, serial: 0 };
}

const site = fc.integer({ min: 0, max: 1 });
/** The writes every rollup kept in local days must survive, weighted for a file's fc.oneof beside its own. */
export const siteOperations = [
  { arbitrary: fc.record({ kind: fc.constant('retention' as const), site, before: fc.integer({ min: START, max: START + SPAN }) }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('zone' as const), site, zone: fc.constantFrom(...ZONES) }), weight: 2 },
  // Steps of the recount a change of zone starts, between the other writes.
  { arbitrary: fc.record({ kind: fc.constant('recount' as const), steps: fc.integer({ min: 1, max: 10 }) }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constant('deleteSite' as const) }), weight: 1 },
];
export type SiteOperation = (typeof siteOperations)[number]['arbitrary'] extends fc.Arbitrary<infer T> ? T : never;

export async function applySiteOperation(shop: Shop, op: SiteOperation): Promise<void> {
  const { db } = shop;
  switch (op.kind) {
    case 'retention':
      await deleteVisitorData(db, shop.sites[op.site]!, op.before);
      return;
    case 'zone':
      updateSiteSettings(db, shop.sites[op.site]!, { timeZone: op.zone });
      return;
    case 'recount':
      for (let step = 0; step < op.steps && recountSomeRatingDays(db); step++);
      return;
    case 'deleteSite':
      // A site goes with everything it holds (ON DELETE CASCADE); a new one takes its place.
      write(db, () => db.prepare('DELETE FROM sites WHERE id = ?').run(shop.sites[1]));
      shop.sites[1] = createSite(db, { name: 'Shop again', origins: ['https://again.example'] }, START).id;
      return;
  }
}

export const isSiteOperation = (op: { kind: string }): op is SiteOperation => ['retention', 'zone', 'recount', 'deleteSite'].includes(op.kind);

/** A table's or query's rows as sorted lines, to compare with a recount. */
export const stored = (db: Db, sql: string) => (db.prepare(sql).raw().all() as unknown[][]).map((r) => r.join('|')).sort();

export const timeZoneOf = (db: Db, siteId: number) => db.prepare('SELECT time_zone FROM sites WHERE id = ?').pluck().get(siteId) as string;

/**
 * Each row's local day from Intl in its site's zone, as a recount in JS counts
 * it; undefined for a row a site's running recount has not passed yet.
 */
export function localDayOf(db: Db): (siteId: number, at: number) => number | undefined {
  const recounts = new Map(db.prepare('SELECT site_id, done_before FROM rating_days_recounts').raw().all() as [number, number][]);
  const zones = new Map(db.prepare('SELECT id, time_zone FROM sites').raw().all() as [number, string][]);
  return (siteId, at) => (at >= (recounts.get(siteId) ?? Infinity) ? undefined : Math.trunc((at + offsetMs(zones.get(siteId)!, at)) / DAY));
}

/** Counts of keys as sorted `key|n` lines, as stored() gives a rollup's rows. */
export function countLines(keys: Iterable<unknown[]>): string[] {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key.join('|'), (counts.get(key.join('|')) ?? 0) + 1);
  return [...counts].map(([key, n]) => `${key}|${n}`).sort();
}

const UNDO = new Error('undo');

/**
 * `read` from the raw rows: stored offsets that match no zone make every range
 * read them, in a transaction undone afterwards (on either engine).
 */
export function readRaw<T>(db: Db, read: () => T): T {
  let result: T | undefined;
  try {
    db.transaction(() => {
      db.prepare('UPDATE site_day_offsets SET offset_ms = offset_ms + 1').run();
      result = read();
      throw UNDO;
    })();
  } catch (error) {
    if (error !== UNDO) throw error;
  }
  return result as T;
}

const rangeSpec = fc.record({ from: fc.integer({ min: START - DAY, max: START + SPAN }), days: fc.integer({ min: 0, max: 15 }), hours: fc.integer({ min: 0, max: 47 }) });

export interface RollupProperty<Op, Extra> {
  operation: fc.Arbitrary<Op>;
  maxOperations: number;
  apply: (shop: Shop, op: Op) => Promise<void> | void;
  /** What each range adds to the unfiltered one (a channel, filters), drawn per range. */
  extra: fc.Arbitrary<Extra>;
  /** The rollup's SQL for a range, or null when the raw rows serve it. */
  rowsSql: (db: Db, range: ViewRange) => unknown;
  /** Every stored rollup against its recount from the raw rows. */
  sameAsRecount: (db: Db) => void;
  /** Brings the rollups up to date: the recount, the jobs that write later. */
  finish: (db: Db) => void;
  /** Every view that reads the rollup, asked one range. */
  answers: (db: Db, range: ViewRange) => unknown;
  seed: number;
  numRuns: number;
}

/**
 * The property: after random writes the rollups equal their recount; while a
 * site is recounted the views read its raw rows; once finished, every view
 * answers random ranges from the rollup as from the raw rows, and the rollup
 * was read in most of them.
 */
export async function checkRollupProperty<Op, Extra extends Partial<ViewRange>>(p: RollupProperty<Op, Extra>): Promise<void> {
  let rolledUp = 0;
  let asked = 0;
  await fc.assert(
    fc.asyncProperty(fc.array(p.operation, { minLength: 1, maxLength: p.maxOperations }), fc.array(fc.tuple(rangeSpec, p.extra), { minLength: 1, maxLength: 4 }), async (operations, ranges) => {
      const shop = newShop();
      for (const op of operations) await p.apply(shop, op);
      p.sameAsRecount(shop.db);
      for (const siteId of shop.sites) {
        const recounting = shop.db.prepare('SELECT 1 FROM rating_days_recounts WHERE site_id = ?').get(siteId);
        const range = unfilteredRange({ siteId, timeZone: timeZoneOf(shop.db, siteId), from: START, to: START + SPAN });
        if (recounting) expect(p.rowsSql(shop.db, range)).toBeNull();
      }
      p.finish(shop.db);
      p.sameAsRecount(shop.db);
      for (const [{ from, days, hours }, extra] of ranges) {
        for (const siteId of shop.sites) {
          const range: ViewRange = { ...unfilteredRange({ siteId, timeZone: timeZoneOf(shop.db, siteId), from, to: from + days * DAY + hours * HOUR }), ...extra };
          asked += 1;
          if (p.rowsSql(shop.db, range)) rolledUp += 1;
          const raw = readRaw(shop.db, () => {
            expect(p.rowsSql(shop.db, range)).toBeNull();
            return p.answers(shop.db, range);
          });
          expect(p.answers(shop.db, range)).toEqual(raw);
        }
      }
      shop.db.close();
    }),
    // No shrinking on PostgreSQL: each smaller case is another run of seconds; the failing case is reported as found.
    { seed: p.seed, numRuns: p.numRuns, endOnFailure: onPostgres },
  );
  // The rollup was read, not only the fallback.
  expect(rolledUp).toBeGreaterThan(asked / 2);
}
