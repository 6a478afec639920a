import { describe, expect, it } from 'vitest';
import { mulberry32, pick, type Rng } from '../../demo/random.ts';
import type { Db } from '../src/db/openDatabase.ts';
import { createSite } from '../src/db/queries/sites/createSite.ts';
import { unfilteredRange, type ViewRange } from '../src/db/queries/ranges/viewRange.ts';
import { exactPeakEndVisits, peakEndVisits } from '../src/insight/peakEndVisits.ts';
import { comparable } from './comparableVisits.ts';
import { testDb } from './testApp.ts';
import { TEST_NOW } from '../../tests/clock/testInstants.ts';

const HOUR = 3_600_000;
const START = Date.parse('2026-10-01T00:00:00Z');
const PATHS = ['/', '/cart', '/checkout/payment', '/checkout/thank-you'];
const DEVICES = ['desktop', 'mobile', 'tablet'];
const LANGS = ['en', 'en-GB', 'zh-CN', 'zh', null];
const RETURNING = [0, 1, null];
const ATTRIBUTES = ['{"plan":"gold"}', '{"plan":"free","team":"b"}', null];

/**
 * Random visits whose moments each carry their own device, language, visitor
 * and attributes (as when a visitor switches tabs or logs in halfway), so every
 * filter keeps part of a visit and the tie rules meet equal times.
 */
function writeVisits(db: Db, siteId: number, rng: Rng, visits: number): void {
  const response = db.prepare(
    `INSERT INTO responses (id, site_id, type, rating, path, visit_id, journey, device, channel, lang, returning_visitor, attributes, created_at, received_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const event = db.prepare(
    `INSERT INTO journey_events (id, site_id, visit_id, journey, step, event, path, device, lang, returning_visitor, attributes, created_at, received_at)
     VALUES (?, ?, ?, 'checkout', 'payment', 'abandoned', ?, ?, ?, ?, ?, ?, ?)`,
  );
  const answer = db.prepare(
    `INSERT INTO survey_answers (id, site_id, visit_id, survey, question, question_type, score, path, device, lang, returning_visitor, attributes, created_at, received_at)
     VALUES (?, ?, ?, 'post', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  let n = 0;
  db.transaction(() => {
    for (let v = 0; v < visits; v++) {
      const visit = `v${v}`;
      let at = START + Math.floor(rng() * 20 * 24) * HOUR;
      const moments = 2 + Math.floor(rng() * 6);
      for (let m = 0; m < moments; m++) {
        at += rng() < 0.2 ? 0 : Math.floor(rng() * 2 * HOUR);
        const id = `r${n++}`;
        const path = pick(rng, PATHS);
        const device = pick(rng, DEVICES);
        const lang = pick(rng, LANGS);
        const returning = pick(rng, RETURNING);
        const attributes = pick(rng, ATTRIBUTES);
        const kind = rng();
        if (kind < 0.5) {
          const channel = rng() < 0.8 ? 'web' : 'email';
          response.run(id, siteId, 'page_rating', 1 + Math.floor(rng() * 5), path, visit, null, device, channel, lang, returning, attributes, at, at);
        } else if (kind < 0.58) {
          response.run(id, siteId, 'abandon_reason', null, path, visit, 'checkout', device, 'web', lang, returning, attributes, at, at);
        } else if (kind < 0.64) {
          event.run(id, siteId, visit, path, device, lang, returning, attributes, at, at);
        } else {
          const type = pick(rng, ['csat', 'ces', 'nps']);
          const score = type === 'nps' ? Math.floor(rng() * 11) : 1 + Math.floor(rng() * (type === 'ces' ? 7 : 5));
          // Half the time a second answer to the same question: the last one counts.
          const question = rng() < 0.5 ? type : `${type}${m}`;
          answer.run(id, siteId, visit, question, type, score, path, device, lang, returning, attributes, at, at);
        }
      }
    }
  })();
}

describe('filtered peak–end', () => {
  it('groups the moments that pass each filter in SQL exactly as the JS grouping of the raw moments does', () => {
    const db = testDb();
    const site = createSite(db, { name: 'Shop', origins: ['https://shop.example'] }, TEST_NOW);
    writeVisits(db, site.id, mulberry32(11), 800);
    // A tag on some ratings' comments: the visit's survey answers and journey events follow it.
    db.prepare(
      `INSERT INTO comment_tags (response_id, tag, site_id, created_at)
       SELECT id, 'delivery', site_id, created_at FROM responses WHERE site_id = ? AND rating IS NOT NULL AND rowid % 3 = 0`,
    ).run(site.id);
    // Statistics of the rows just written, as autovacuum would gather them: without any, PostgreSQL
    // takes each table for one row and nests the tag's visit lookup inside every moment (over 60 s).
    db.exec('ANALYZE');
    const filters: Partial<ViewRange>[] = [
      { device: 'mobile' },
      { channel: 'web' },
      { channel: 'email' },
      { lang: 'zh' },
      { lang: 'en' },
      { returning: 1 },
      { returning: 0 },
      { attrKey: 'plan', attrValue: 'gold' },
      { paths: JSON.stringify(['/checkout/payment', '/checkout/thank-you']) },
      { tag: 'delivery' },
      { channel: 'web', lang: 'en', attrKey: 'plan', attrValue: 'free' },
    ];
    const ranges = [
      [START, START + 30 * 24 * HOUR],
      [START + 5 * 24 * HOUR + 7 * HOUR, START + 12 * 24 * HOUR + 3 * HOUR], // cuts visits at both edges
    ];
    for (const [from, to] of ranges) {
      for (const filter of filters) {
        const range = { ...unfilteredRange({ siteId: site.id, from: from!, to: to! }), ...filter };
        const exact = comparable(exactPeakEndVisits(db, range));
        // Each filter keeps enough visits for the comparison to mean something.
        expect(exact.reduce((sum, [, n]) => sum + n, 0), JSON.stringify(filter)).toBeGreaterThan(10);
        expect(comparable(peakEndVisits(db, range)), JSON.stringify(filter)).toEqual(exact);
      }
    }
  });
});
