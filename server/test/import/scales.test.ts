import { describe, expect, it } from 'vitest';
import { surveySchema } from '../../../shared/schemas/survey.ts';
import { TEST_NOW } from '../../../tests/clock/testInstants.ts';
import { saveSurvey } from '../../src/db/queries/surveys/saveSurvey.ts';
import { scaleScore } from '../../src/ingest/import/scaleScore.ts';
import { CHECKOUT_SURVEY, NPS_SURVEY } from '../surveyFixtures.ts';
import { dmy, importApp } from './importFixture.ts';

describe('scaleScore: a declared scale, mapped explicitly', () => {
  it('keeps a score already on the target’s scale', () => {
    expect(scaleScore('7', { min: 1, max: 7, to: 'ces' })).toEqual({ ok: true, score: 7 });
    expect(scaleScore('0', { min: 0, max: 10, to: 'nps' })).toEqual({ ok: true, score: 0 });
  });

  it('stretches 1–10 onto NPS ends to ends, and 1–10 onto a 1–5 rating', () => {
    const nps = (v: number) => scaleScore(String(v), { min: 1, max: 10, to: 'nps' });
    expect([1, 2, 5, 6, 9, 10].map((v) => nps(v))).toEqual([0, 1, 4, 6, 9, 10].map((score) => ({ ok: true, score })));
    const rating = (v: number) => scaleScore(String(v), { min: 1, max: 10, to: 'rating' });
    expect([1, 3, 5, 6, 8, 10].map((v) => rating(v))).toEqual([1, 2, 3, 3, 4, 5].map((score) => ({ ok: true, score })));
  });

  it('refuses what is off the declared scale instead of clamping it', () => {
    expect(scaleScore('0', { min: 1, max: 10, to: 'nps' })).toMatchObject({ ok: false, code: 'score_off_scale' });
    expect(scaleScore('11', { min: 1, max: 10, to: 'nps' })).toMatchObject({ ok: false, code: 'score_off_scale' });
    expect(scaleScore('4,5', { min: 1, max: 5, to: 'rating' })).toMatchObject({ ok: false, code: 'score_off_scale' });
    expect(scaleScore('n/a', { min: 1, max: 5, to: 'rating' })).toMatchObject({ ok: false, code: 'bad_score' });
  });
});

const HEADER = 'Date,Likely to recommend,Channel,Store';

describe('NPS and CES from another tool become answers to a survey question', () => {
  const app = () => {
    const t = importApp();
    saveSurvey(t.db, t.site.id, surveySchema.parse(NPS_SURVEY), TEST_NOW);
    saveSurvey(t.db, t.site.id, surveySchema.parse(CHECKOUT_SURVEY), TEST_NOW);
    return t;
  };

  it('stores a 1–10 "likely to recommend" as NPS answers with their channel, so survey results count them', async () => {
    const { importText, db } = app();
    const file = [HEADER, `${dmy(2)},1,store,Leeds`, `${dmy(2)},10,email,York`].join('\n');
    const job = await importText(file, {
      columns: { date: 'Date', score: 'Likely to recommend', channel: 'Channel' },
      attributes: { store: 'Store' },
      dateFormat: 'dmy',
      score: { min: 1, max: 10, to: 'nps', survey: 'quarterly-nps', question: 'recommend' },
    });
    expect(job).toMatchObject({ status: 'done', inserted: 2 });
    expect(db.prepare('SELECT survey, question, question_type, score, channel, attributes FROM survey_answers ORDER BY score').all()).toEqual([
      { survey: 'quarterly-nps', question: 'recommend', question_type: 'nps', score: 0, channel: 'store', attributes: '{"store":"Leeds"}' },
      { survey: 'quarterly-nps', question: 'recommend', question_type: 'nps', score: 10, channel: 'email', attributes: '{"store":"York"}' },
    ]);
    expect(db.prepare('SELECT count(*) FROM responses').pluck().get()).toBe(0);
  });

  it('stores 1–7 effort scores as CES answers unchanged', async () => {
    const { importText, db } = app();
    const job = await importText([HEADER, `${dmy(2)},7,phone,Leeds`].join('\n'), {
      columns: { date: 'Date', score: 'Likely to recommend' },
      dateFormat: 'dmy',
      score: { min: 1, max: 7, to: 'ces', survey: 'after-purchase', question: 'effort' },
    });
    expect(job.status).toBe('done');
    expect(db.prepare('SELECT question_type, score, channel FROM survey_answers').get()).toEqual({ question_type: 'ces', score: 7, channel: 'phone' });
  });

  it('refuses a mapping whose question is not of the declared type, on the header line', async () => {
    const { importText } = app();
    const job = await importText([HEADER, `${dmy(2)},7,phone,Leeds`].join('\n'), {
      columns: { date: 'Date', score: 'Likely to recommend' },
      dateFormat: 'dmy',
      score: { min: 1, max: 7, to: 'ces', survey: 'quarterly-nps', question: 'recommend' },
    });
    expect(job.status).toBe('failed');
    expect(job.errors).toEqual([{ line: 1, code: 'bad_mapping', message: 'recommend is not a CES question of the survey quarterly-nps' }]);
  });

  it('refuses NPS without a survey question at the edge', async () => {
    const { upload, admin, base } = app();
    const { job } = await upload([HEADER, `${dmy(2)},7,phone,Leeds`].join('\n'));
    const res = await admin(`${base}/imports/${job.id}/start`, {
      method: 'POST',
      body: JSON.stringify({ mode: 'valid-only', mapping: { columns: { date: 'Date', score: 'Likely to recommend' }, score: { min: 0, max: 10, to: 'nps' } } }),
    });
    expect(res.status).toBe(400);
  });
});
