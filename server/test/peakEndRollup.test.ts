import { describe, expect, it } from 'vitest';
import { mulberry32, pick, type Rng } from '../../demo/random.ts';
import type { Db } from '../src/db/openDatabase.ts';
import { PEAK_END_BACKFILL_SQL } from '../src/db/migrations/010-peakEndRollup.ts';
import { createSite } from '../src/db/queries/sites/createSite.ts';
import { deleteResponse, deleteVisitorData } from '../src/db/queries/responses/deleteResponses.ts';
import { unfilteredRange } from '../src/db/queries/ranges/viewRange.ts';
import { exactPeakEndVisits, peakEndVisits } from '../src/insight/peakEndVisits.ts';
import { comparable } from './comparableVisits.ts';
import { TEST_NOW } from '../../tests/clock/testInstants.ts';
import { onPostgres, testDb } from './testApp.ts';

const HOUR = 3_600_000;
const START = Date.parse('2026-10-01T00:00:00Z');
const PATHS = ['/', '/cart', '/checkout/payment', '/checkout/thank-you'];

/** Writes random visits' moments through plain INSERTs, as every ingestion path ends up doing. */
function writeVisits(db: Db, siteId: number, rng: Rng, visits: number, prefix: string, batch: string): void {
  const response = db.prepare(
    `INSERT INTO responses (id, site_id, type, rating, path, visit_id, journey, created_at, received_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const event = db.prepare(
    `INSERT INTO journey_events (id, site_id, visit_id, journey, step, event, path, created_at, received_at)
     VALUES (?, ?, ?, 'checkout', 'payment', 'abandoned', ?, ?, ?)`,
  );
  const answer = db.prepare(
    `INSERT INTO survey_answers (id, site_id, visit_id, survey, question, question_type, score, path, created_at, received_at)
     VALUES (?, ?, ?, 'post', ?, ?, ?, ?, ?, ?)`,
  );
  let n = 0;
  db.transaction(() => {
    for (let v = 0; v < visits; v++) {
      const visit = `${prefix}${v}`;
      // Spread over 20 days; some visits last over a day, so they cross a range's edges.
      let at = START + Math.floor(rng() * 20 * 24) * HOUR;
      const moments = 1 + Math.floor(rng() * 5);
      for (let m = 0; m < moments; m++) {
        // Equal times happen (same millisecond): the tie rules must agree too.
        at += rng() < 0.15 ? 0 : Math.floor(rng() * (rng() < 0.1 ? 30 : 2) * HOUR);
        const id = `${batch}_${n++}`;
        const path = pick(rng, PATHS);
        const kind = rng();
        if (kind < 0.55) response.run(id, siteId, 'page_rating', 1 + Math.floor(rng() * 5), path, visit, null, at, at);
        else if (kind < 0.62) response.run(id, siteId, 'abandon_reason', null, path, visit, 'checkout', at, at);
        else if (kind < 0.68) event.run(id, siteId, visit, path, at, at);
        else if (kind < 0.78) answer.run(id, siteId, visit, 'csat', 'csat', 1 + Math.floor(rng() * 5), path, at, at);
        else if (kind < 0.88) answer.run(id, siteId, visit, 'ces', 'ces', 1 + Math.floor(rng() * 7), path, at, at);
        else answer.run(id, siteId, visit, 'nps', 'nps', Math.floor(rng() * 11), path, at, at);
      }
    }
  })();
}

function expectSameAnswers(db: Db, siteId: number): number {
  const ranges = [
    [START, START + 30 * 24 * HOUR], // everything
    [START + 5 * 24 * HOUR + 7 * HOUR, START + 12 * 24 * HOUR + 3 * HOUR], // cuts visits at both edges
    [START + 3 * 24 * HOUR, START + 4 * 24 * HOUR],
    [START - 10 * 24 * HOUR, START + 24 * HOUR],
  ];
  let compared = 0;
  for (const [from, to] of ranges) {
    const range = unfilteredRange({ siteId, from: from!, to: to! });
    const exact = comparable(exactPeakEndVisits(db, range));
    expect(comparable(peakEndVisits(db, range))).toEqual(exact);
    compared += exact.reduce((sum, [, n]) => sum + n, 0);
  }
  return compared;
}

describe('the peak–end rollup', () => {
  it('gives exactly what the visits’ moments give, across range edges, after new writes, deletes, retention and site deletion', async () => {
    const db = testDb();
    const site = createSite(db, { name: 'Shop', origins: ['https://shop.example'] }, TEST_NOW);
    const other = createSite(db, { name: 'Other', origins: ['https://other.example'] }, TEST_NOW);
    const rng = mulberry32(7);
    writeVisits(db, site.id, rng, 600, 'v', 'a');
    writeVisits(db, other.id, rng, 50, 'v', 'b'); // the same visit ids on another site stay apart
    expect(expectSameAnswers(db, site.id)).toBeGreaterThan(300);

    // New moments for visits already rolled up (later answers to the same survey question replace earlier ones).
    writeVisits(db, site.id, rng, 300, 'v', 'c');
    expectSameAnswers(db, site.id);

    // Deleting single rows of every kind.
    const ids = db.prepare(`SELECT id FROM responses WHERE site_id = ? ORDER BY id`).pluck().all(site.id) as string[];
    for (const id of ids.filter((_, i) => i % 7 === 0)) deleteResponse(db, site.id, id);
    db.prepare(`DELETE FROM journey_events WHERE site_id = ? AND rowid % 3 = 0`).run(site.id);
    db.prepare(`DELETE FROM survey_answers WHERE site_id = ? AND rowid % 4 = 0`).run(site.id);
    expectSameAnswers(db, site.id);

    // Retention: everything before day 6 goes, from every visitor table.
    await deleteVisitorData(db, site.id, START + 6 * 24 * HOUR);
    expectSameAnswers(db, site.id);

    // SQLite's migration 10 backfills the same rows as the triggers kept (PostgreSQL's schema starts with the triggers, at 035).
    if (!onPostgres) {
      const rows = () => db.prepare(`SELECT * FROM peak_end_visits ORDER BY site_id, visit_id`).all();
      const kept = rows();
      db.exec(`DELETE FROM peak_end_visits; ${PEAK_END_BACKFILL_SQL}`);
      expect(rows()).toEqual(kept);
    }
    const rolledUp = () => db.prepare(`SELECT count(*) FROM peak_end_visits WHERE site_id = ?`).pluck().get(site.id);
    expect(rolledUp()).toBeGreaterThan(0);

    db.prepare(`DELETE FROM sites WHERE id = ?`).run(site.id);
    expect(rolledUp()).toBe(0);
    expect(expectSameAnswers(db, other.id)).toBeGreaterThan(0);
  }, onPostgres ? 300_000 : 5_000);
});
