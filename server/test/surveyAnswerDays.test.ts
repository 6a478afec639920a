import Database from 'better-sqlite3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { insertBatch } from '../src/db/insertBatch.ts';
import { migrate } from '../src/db/migrate.ts';
import { MIGRATIONS } from '../src/db/migrations/index.ts';
import type { Db } from '../src/db/openDatabase.ts';
import { unfilteredRange, type ViewRange } from '../src/db/queries/ranges/viewRange.ts';
import { recountRatingDays } from '../src/db/queries/sites/recountRatingDays.ts';
import { getChannelSurveyScoreCounts } from '../src/db/queries/surveys/getChannelSurveyScoreCounts.ts';
import { getSurveyAnswerCounts } from '../src/db/queries/surveys/getSurveyAnswerCounts.ts';
import { getSurveyChoiceCounts } from '../src/db/queries/surveys/getSurveyChoiceCounts.ts';
import { getSurveyScoreCounts } from '../src/db/queries/surveys/getSurveyScoreCounts.ts';
import { insertSurveyAnswer, upsertSurveyAnswer, type NewSurveyAnswer } from '../src/db/queries/surveys/insertSurveyAnswer.ts';
import { surveyAnswerRowsSql } from '../src/db/queries/surveys/surveyAnswerRows.ts';
import { write } from '../src/db/write.ts';
import { applySiteOperation, checkRollupProperty, countLines, DAY, HOUR, isSiteOperation, localDayOf, newShop, PROPERTY_TIMEOUT, runs, siteOperations, SPAN, START, stored, type Shop } from './rollups/rollupProperty.ts';
import { onPostgres } from './testApp.ts';

// survey_answer_days and survey_answer_repeats (migration 39) against
// survey_answers itself under random writes through every path: live answers,
// imports, a signed link's score changed in place, deletes, retention, moved
// answers, zone changes with their recounts and a site's deletion; then the
// survey results' and channels' counts from them against the raw queries.
// Seeded: the same cases on every run.

const QUARTER = 900_000;
/** Local midnights of ZONES in UTC quarter hours of the day before or of the day (Berlin 22:00/23:00, New York 04:00/05:00, Kathmandu 18:15, …). */
const MIDNIGHTS = [0, 88, 92, 16, 20, 73, 52, 54, 12, 16];
const SURVEYS = ['nps', 'csat'];
const QUESTIONS = [
  { question: 'score', questionType: 'nps' as const },
  { question: 'pick', questionType: 'multiple_choice' as const },
  { question: 'why', questionType: 'open_text' as const },
];

const answer = fc.record({
  site: fc.integer({ min: 0, max: 1 }),
  survey: fc.constantFrom(...SURVEYS),
  // Few visits, so a visit answers a question more than once, across days too.
  visit: fc.constantFrom<string | null>(null, 'v1', 'v2', 'v3'),
  question: fc.integer({ min: 0, max: 2 }),
  score: fc.integer({ min: 0, max: 10 }),
  choice: fc.constantFrom('["a"]', '["a","b"]', '["c"]'),
  channel: fc.constantFrom('web' as const, 'email' as const, 'sms' as const),
  // Some at a local midnight of one of the zones, where a range's edges meet its whole days.
  at: fc.oneof(
    fc.integer({ min: START, max: START + SPAN }),
    fc.tuple(fc.integer({ min: 0, max: 13 }), fc.constantFrom(...MIDNIGHTS)).map(([day, utc]) => START + day * DAY + utc * QUARTER),
  ),
});
type Answer = typeof answer extends fc.Arbitrary<infer T> ? T : never;

const operation = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('live' as const), rows: fc.array(answer, { minLength: 1, maxLength: 8 }) }), weight: 6 },
  { arbitrary: fc.record({ kind: fc.constant('import' as const), rows: fc.array(answer, { minLength: 1, maxLength: 20 }) }), weight: 3 },
  // A signed link's later click: the same id, a new score or choice in place.
  { arbitrary: fc.record({ kind: fc.constant('click' as const), pick: fc.nat(), row: answer }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('move' as const), pick: fc.nat(), at: fc.integer({ min: START, max: START + SPAN }), visit: fc.constantFrom(null, 'v1', 'v4') }), weight: 1 },
  ...siteOperations,
);
type Operation = typeof operation extends fc.Arbitrary<infer T> ? T : never;

/** A visit's answers to a question never share a millisecond: which of two equal instants is "last" is SQLite's choice. */
const distinctAt = (at: number, serial: number) => Math.floor(at / 1000) * 1000 + (serial % 1000);
/** Answers without a visit count alone, so they keep their instant. */
const atOf = (a: { at: number; visit: string | null }, serial: number) => (a.visit === null ? a.at : distinctAt(a.at, serial));

function row(shop: Shop, a: Answer, id?: string): NewSurveyAnswer {
  shop.serial += 1;
  const { question, questionType } = QUESTIONS[a.question]!;
  return {
    id: id ?? `a${shop.serial}`,
    siteId: shop.sites[a.site]!,
    visitId: a.visit ?? undefined,
    survey: a.survey,
    question,
    questionType,
    score: questionType === 'nps' ? a.score : undefined,
    value: questionType === 'multiple_choice' ? a.choice : questionType === 'open_text' ? `words ${shop.serial}` : undefined,
    path: '/',
    channel: a.channel,
    createdAt: atOf(a, shop.serial),
    receivedAt: a.at,
  };
}

const pick = (db: Db, n: number) => {
  const all = db.prepare('SELECT rowid, id, site_id, survey, question FROM survey_answers ORDER BY rowid').all() as { rowid: number; id: string; site_id: number; survey: string; question: string }[];
  return all[n % Math.max(all.length, 1)];
};

async function apply(shop: Shop, op: Operation): Promise<void> {
  const { db } = shop;
  if (isSiteOperation(op)) return applySiteOperation(shop, op);
  switch (op.kind) {
    case 'live':
      for (const a of op.rows) insertSurveyAnswer(db, row(shop, a));
      return;
    case 'import':
      insertBatch(db, op.rows.map((a) => ({ kind: 'surveyAnswer', row: row(shop, a) })));
      return;
    case 'click': {
      const picked = pick(db, op.pick);
      if (!picked) return;
      const question = QUESTIONS.findIndex((q) => q.question === picked.question);
      const site = shop.sites.indexOf(picked.site_id);
      upsertSurveyAnswer(db, row(shop, { ...op.row, site, survey: picked.survey, question }, picked.id));
      return;
    }
    case 'delete': {
      const picked = pick(db, op.pick);
      if (picked) write(db, () => db.prepare('DELETE FROM survey_answers WHERE rowid = ?').run(picked.rowid));
      return;
    }
    case 'move': {
      // No product path moves an answer; the triggers keep the counts right if one does.
      const picked = pick(db, op.pick);
      shop.serial += 1;
      if (picked) write(db, () => db.prepare('UPDATE survey_answers SET created_at = ?, visit_id = ? WHERE rowid = ?').run(atOf(op, shop.serial), op.visit, picked.rowid));
      return;
    }
  }
}

/** survey_answer_days as the answers say it should be, each answer's local day from Intl; while a site is recounted, only the answers before its point. */
function recountedDays(db: Db): string[] {
  const dayOf = localDayOf(db);
  const answers = db.prepare('SELECT site_id, created_at, survey, question, question_type, channel, score, value FROM survey_answers').all() as Record<string, string | number | null>[];
  return countLines(
    answers.flatMap((a) => {
      const day = dayOf(a.site_id as number, a.created_at as number);
      const choice = a.question_type === 'multiple_choice' ? a.value : '';
      return day === undefined ? [] : [[a.site_id, day, a.survey, a.question, a.question_type, a.channel, a.score ?? -1, choice]];
    }),
  );
}

const REPEATS = `
  SELECT site_id, survey, visit_id, question FROM survey_answers WHERE visit_id IS NOT NULL
   GROUP BY site_id, survey, visit_id, question HAVING count(*) > 1`;

function answers(db: Db, range: ViewRange) {
  const survey = { ...range, survey: 'nps' };
  return {
    scores: getSurveyScoreCounts(db, survey),
    answers: getSurveyAnswerCounts(db, survey),
    choices: getSurveyChoiceCounts(db, survey),
    channels: getChannelSurveyScoreCounts(db, range),
  };
}

const sameAsRecount = (db: Db) => {
  expect(stored(db, 'SELECT * FROM survey_answer_days')).toEqual(recountedDays(db));
  expect(stored(db, 'SELECT * FROM survey_answer_repeats')).toEqual(stored(db, REPEATS));
};

describe('survey_answer_days and survey_answer_repeats', () => {
  it('equal a recount of survey_answers after random writes, and survey results and channels count the same from them', async () => {
    await checkRollupProperty({
      operation,
      maxOperations: 30,
      apply,
      extra: fc.record({ channel: fc.constantFrom(null, 'web' as const, 'email' as const) }),
      rowsSql: surveyAnswerRowsSql,
      sameAsRecount,
      finish: recountRatingDays,
      answers,
      seed: 39,
      numRuns: runs(80),
    });
  }, PROPERTY_TIMEOUT);

  it('leaves the filters it does not hold to survey_answers', () => {
    const shop = newShop();
    const range = unfilteredRange({ siteId: shop.sites[0]!, from: START, to: START + SPAN });
    expect(surveyAnswerRowsSql(shop.db, { ...range, channel: 'email' })).not.toBeNull();
    for (const filter of [{ device: 'mobile' as const }, { lang: 'en' }, { paths: '["/"]' }, { returning: 1 as const }, { attrKey: 'plan', attrValue: 'gold' }, { theme: 'slow' }, { tag: 'speed' }]) {
      expect(surveyAnswerRowsSql(shop.db, { ...range, ...filter })).toBeNull();
    }
  });

  // SQLite's migration history: PostgreSQL's schema starts at 035, with 039's backfill its own PL/pgSQL.
  it.skipIf(onPostgres)('are filled for the answers stored before migration 39, leaving a site’s answers past its zone recount’s point to the recount', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, MIGRATIONS.filter(({ version }) => version < 39));
    const shop = newShop(db);
    for (let n = 0; n < 60; n++) {
      insertSurveyAnswer(db, row(shop, { site: n % 2, survey: 'nps', visit: n % 4 ? `v${n % 5}` : null, question: n % 3, score: n % 11, choice: '["a"]', channel: 'web', at: START + n * 5 * HOUR }));
    }
    db.prepare(`UPDATE sites SET time_zone = 'Asia/Kathmandu' WHERE id = ?`).run(shop.sites[1]);
    db.prepare('UPDATE site_day_offsets SET offset_ms = ? WHERE site_id = ?').run(345 * 60_000, shop.sites[1]);
    db.prepare('INSERT INTO rating_days_recounts (site_id, done_before) VALUES (?, ?)').run(shop.sites[1], START + 3 * DAY);
    migrate(db);
    expect(db.prepare('SELECT count(*) FROM survey_answer_days WHERE site_id = ?').pluck().get(shop.sites[1])).toBeGreaterThan(0);
    expect(stored(db, 'SELECT * FROM survey_answer_repeats').length).toBeGreaterThan(0);
    expect(stored(db, 'SELECT * FROM survey_answer_days')).toEqual(recountedDays(db));
    expect(stored(db, 'SELECT * FROM survey_answer_repeats')).toEqual(stored(db, REPEATS));
    recountRatingDays(db);
    expect(stored(db, 'SELECT * FROM survey_answer_days')).toEqual(recountedDays(db));
  });
});
