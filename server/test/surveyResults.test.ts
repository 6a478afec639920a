import { describe, expect, it } from 'vitest';
import { surveyListSchema } from '../../shared/schemas/surveyAdmin.ts';
import { surveyResultsSchema, type SurveyResults } from '../../shared/schemas/surveyResults.ts';
import { cesScore } from '../../shared/scores/ces.ts';
import { compareScores } from '../../shared/scores/compareScores.ts';
import { csatScore } from '../../shared/scores/csat.ts';
import { npsScore } from '../../shared/scores/nps.ts';
import type { NewSurveyAnswer } from '../src/db/queries/surveys/insertSurveyAnswer.ts';
import { CHECKOUT_SURVEY, NPS_SURVEY, storeAnswer, storeEvent } from './surveyFixtures.ts';
import { testApp } from './testApp.ts';
import { TEST_NOW } from '../../tests/clock/testInstants.ts';

const DAY = 86_400_000;
const TO = Date.parse('2026-03-31T00:00:00Z');
const FROM = TO - 30 * DAY;
const RANGE = `from=${new Date(FROM).toISOString()}&to=${new Date(TO).toISOString()}`;

/** A daily series lists only days with answers in the day or its trailing week: look days up by date. */
const onDay = (series: SurveyResults['questions'][number]['daily'], date: string) => series.find((d) => d.date === date);

async function setup() {
  const t = testApp();
  for (const survey of [NPS_SURVEY, CHECKOUT_SURVEY]) {
    await t.admin(`/api/sites/${t.site.key}/surveys/${survey.key}`, { method: 'PUT', body: JSON.stringify(survey) });
  }
  const answer = (survey: string, question: string, questionType: NewSurveyAnswer['questionType'], fields: Partial<Parameters<typeof storeAnswer>[1]>) =>
    storeAnswer(t.db, { siteId: t.site.id, survey, question, questionType, createdAt: FROM + DAY, ...fields });
  const results = async (survey: string, query = RANGE): Promise<SurveyResults> => {
    const res = await t.admin(`/api/sites/${t.site.key}/surveys/${survey}/results?${query}`);
    expect(res.status).toBe(200);
    return surveyResultsSchema.parse(await res.json());
  };
  return { ...t, answer, results };
}

describe('GET /api/sites/:siteKey/surveys/:survey/results', () => {
  it('computes NPS from promoters and detractors, with its interval and the distribution', async () => {
    const { answer, results } = await setup();
    // 5 promoters, 2 passives, 3 detractors: NPS = 50% − 30% = 20.
    [10, 10, 9, 9, 9, 8, 7, 6, 3, 0].forEach((score, i) =>
      answer('quarterly-nps', 'recommend', 'nps', { visitId: `visit_${i}_000000`, score }),
    );
    const nps = (await results('quarterly-nps')).questions[0]!;
    expect(nps).toMatchObject({ id: 'recommend', type: 'nps', n: 10 });
    expect(nps.score).toEqual(npsScore({ promoters: 5, passives: 2, detractors: 3 }));
    expect(nps.score!.value).toBeCloseTo(20);
    expect(nps.score!.enough).toBe(true);
    expect(nps.distribution.map((d) => [d.value, d.count])).toEqual([
      ['0', 1], ['1', 0], ['2', 0], ['3', 1], ['4', 0], ['5', 0], ['6', 1], ['7', 1], ['8', 1], ['9', 3], ['10', 2],
    ]);
  });

  it('computes CSAT as the share of 4–5, the CES mean, the share of thumbs up, and counts choices', async () => {
    const { answer, results } = await setup();
    [5, 5, 4, 3, 1].forEach((score, i) => answer('after-purchase', 'satisfaction', 'csat', { visitId: `visit_${i}_000000`, score }));
    [7, 6, 5, 4, 3].forEach((score, i) => answer('after-purchase', 'effort', 'ces', { visitId: `visit_${i}_000000`, score }));
    [1, 1, 1, 0].forEach((score, i) => answer('after-purchase', 'helpful', 'thumbs', { visitId: `visit_${i}_000000`, score }));
    answer('after-purchase', 'found', 'single_choice', { visitId: 'visit_0_000000', value: '["friend"]' });
    answer('after-purchase', 'liked', 'multiple_choice', { visitId: 'visit_0_000000', value: '["price","speed"]' });
    answer('after-purchase', 'liked', 'multiple_choice', { visitId: 'visit_1_000000', value: '["price","gone"]' });

    const [csat, ces, thumbs, found, liked] = (await results('after-purchase')).questions;
    expect(csat!.score).toEqual(csatScore([1, 0, 1, 1, 2]));
    expect(csat!.score!.value).toBeCloseTo(0.6);
    expect(csat!.score!.enough).toBe(false);
    expect(ces!.score).toEqual(cesScore([0, 0, 1, 1, 1, 1, 1]));
    expect(ces!.score!.value).toBeCloseTo(5);
    expect(thumbs!.score!.value).toBeCloseTo(0.75);
    expect(thumbs!.distribution.map((d) => d.count)).toEqual([1, 3]);
    expect(found).toMatchObject({ n: 1, score: null, daily: [] });
    expect(found!.distribution).toEqual([
      { value: 'search', label: 'Search', count: 0 },
      { value: 'friend', label: 'A friend', count: 1 },
    ]);
    // An option since removed from the survey still shows, after the offered ones.
    expect(liked!.distribution).toEqual([
      { value: 'price', label: 'Price', count: 2 },
      { value: 'speed', label: 'Delivery speed', count: 1 },
      { value: 'choice', label: 'Choice', count: 0 },
      { value: 'gone', label: 'gone', count: 1 },
    ]);
  });

  it('counts visits shown, answered and completed, and the completion rate', async () => {
    const { site, db, answer, results } = await setup();
    const event = (visitId: string, ev: 'shown' | 'dismissed' | 'completed', createdAt = FROM + DAY) =>
      storeEvent(db, { siteId: site.id, survey: 'quarterly-nps', event: ev, visitId, createdAt });
    for (const visit of ['visit_a', 'visit_b', 'visit_c', 'visit_d']) event(visit, 'shown');
    event('visit_a', 'shown'); // shown twice in one visit: once
    event('visit_a', 'completed');
    event('visit_b', 'completed');
    event('visit_c', 'dismissed');
    answer('quarterly-nps', 'recommend', 'nps', { visitId: 'visit_a', score: 9 });
    answer('quarterly-nps', 'better', 'open_text', { visitId: 'visit_a', value: 'Faster delivery' });
    answer('quarterly-nps', 'recommend', 'nps', { visitId: 'visit_b', score: 10 });
    answer('quarterly-nps', 'recommend', 'nps', { visitId: 'visit_c', score: 4 }); // answered, then dismissed
    // A visit whose `shown` was lost still counts as shown.
    answer('quarterly-nps', 'recommend', 'nps', { visitId: 'visit_e', score: 8 });
    // Another site's events and another survey's are not counted.
    storeEvent(db, { siteId: site.id, survey: 'after-purchase', event: 'shown', visitId: 'visit_z', createdAt: FROM + DAY });

    const { totals } = await results('quarterly-nps');
    expect(totals).toEqual({ shown: 5, answered: 4, completed: 2, dismissed: 1, completionRate: 0.4 });
  });

  it('counts only the last answer a visit gave to a question', async () => {
    const { answer, results } = await setup();
    answer('quarterly-nps', 'recommend', 'nps', { visitId: 'visit_a', score: 3, createdAt: FROM + DAY });
    answer('quarterly-nps', 'recommend', 'nps', { visitId: 'visit_a', score: 9, createdAt: FROM + DAY + 5000 });
    const nps = (await results('quarterly-nps')).questions[0]!;
    expect(nps.n).toBe(1);
    expect(nps.score!.value).toBe(100);
  });

  it('compares with the previous period of equal length, and gives the score per day', async () => {
    const { answer, results } = await setup();
    // Previous period: CSAT 2 of 10 satisfied; this period: 8 of 10, on two days.
    for (let i = 0; i < 10; i++) {
      answer('after-purchase', 'satisfaction', 'csat', { visitId: `prev_${i}`, score: i < 2 ? 5 : 2, createdAt: FROM - 10 * DAY });
      answer('after-purchase', 'satisfaction', 'csat', { visitId: `now_${i}`, score: i < 8 ? 4 : 1, createdAt: FROM + (i < 5 ? 2 : 29) * DAY + 1 });
    }
    // Outside both periods: ignored.
    answer('after-purchase', 'satisfaction', 'csat', { visitId: 'old', score: 1, createdAt: FROM - 31 * DAY });
    answer('after-purchase', 'satisfaction', 'csat', { visitId: 'new', score: 1, createdAt: TO });

    const csat = (await results('after-purchase')).questions[0]!;
    expect(csat.score!.value).toBeCloseTo(0.8);
    expect(csat.previousScore!.value).toBeCloseTo(0.2);
    expect(csat.change).toEqual(compareScores(csat.score!, csat.previousScore!));
    expect(csat.change!.significant).toBe(true);
    // Days with answers and the 6 after each (their trailing weeks), none beyond the period.
    expect(csat.daily.map((d) => d.date)).toEqual([
      '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06', '2026-03-07', '2026-03-08', '2026-03-09', '2026-03-30',
    ]);
    expect(onDay(csat.daily, '2026-03-03')!.score).toMatchObject({ value: 1, n: 5 });
    expect(onDay(csat.daily, '2026-03-30')!.score).toMatchObject({ value: 0.6, n: 5 });
    expect(onDay(csat.daily, '2026-03-04')!.score).toMatchObject({ value: null, n: 0 });
    expect(onDay(csat.previousDaily, '2026-02-19')!.score).toMatchObject({ value: 0.2, n: 10 });
  });

  it('gives each day the score over the 7 days to it, reaching back before the period', async () => {
    const { answer, results } = await setup();
    answer('after-purchase', 'satisfaction', 'csat', { visitId: 'lead_in', score: 1, createdAt: FROM - 31 * DAY });
    answer('after-purchase', 'satisfaction', 'csat', { visitId: 'prev_end', score: 5, createdAt: FROM - DAY });
    answer('after-purchase', 'satisfaction', 'csat', { visitId: 'day_0', score: 4, createdAt: FROM });
    answer('after-purchase', 'satisfaction', 'csat', { visitId: 'day_6', score: 2, createdAt: FROM + 6 * DAY });
    const csat = (await results('after-purchase')).questions[0]!;
    expect(onDay(csat.daily, '2026-03-01')!.trailingWeek).toMatchObject({ value: 1, n: 2 }); // day 0 and the day before the period
    expect(onDay(csat.daily, '2026-03-07')!.trailingWeek).toMatchObject({ value: 0.5, n: 2 }); // days 0–6
    expect(onDay(csat.daily, '2026-03-08')!.trailingWeek).toMatchObject({ value: 0, n: 1 }); // days 1–7
    expect(onDay(csat.daily, '2026-03-14')).toBeUndefined(); // no answer in its week
    expect(onDay(csat.previousDaily, '2026-01-30')!.trailingWeek).toMatchObject({ value: 0, n: 1 }); // the lead-in day before the previous period
    expect(onDay(csat.previousDaily, '2026-02-28')!.trailingWeek).toMatchObject({ value: 1, n: 1 });
  });

  it('lists open-text answers latest first, with the score the same visit gave', async () => {
    const { answer, results } = await setup();
    answer('quarterly-nps', 'recommend', 'nps', { visitId: 'visit_a', score: 2, createdAt: FROM + DAY });
    answer('quarterly-nps', 'better', 'open_text', { visitId: 'visit_a', value: 'Delivery took two weeks', createdAt: FROM + DAY + 1000 });
    answer('quarterly-nps', 'better', 'open_text', { visitId: 'visit_b', value: 'Nothing to add', createdAt: FROM + 2 * DAY, device: 'mobile' });
    const { openText } = await results('quarterly-nps');
    expect(openText.map((a) => [a.text, a.scores, a.device])).toEqual([
      ['Nothing to add', [], 'mobile'],
      ['Delivery took two weeks', [{ question: 'recommend', type: 'nps', score: 2 }], null],
    ]);
    expect(openText[1]).toMatchObject({ question: 'better', createdAt: new Date(FROM + DAY + 1000).toISOString() });
  });

  it('filters by device', async () => {
    const { answer, results } = await setup();
    answer('quarterly-nps', 'recommend', 'nps', { visitId: 'visit_a', score: 10, device: 'mobile' });
    answer('quarterly-nps', 'recommend', 'nps', { visitId: 'visit_b', score: 0, device: 'desktop' });
    const mobile = await results('quarterly-nps', `${RANGE}&device=mobile`);
    expect(mobile.questions[0]!.score).toMatchObject({ value: 100, n: 1 });
    expect(mobile.totals.answered).toBe(1);
  });

  it('leaves out answers given while a question had another type', async () => {
    const { answer, results } = await setup();
    answer('quarterly-nps', 'recommend', 'csat', { visitId: 'visit_a', score: 5 });
    expect((await results('quarterly-nps')).questions[0]!.n).toBe(0);
  });

  it('shows the first score question’s score in the survey list', async () => {
    const { admin, site, answer } = await setup();
    const now = TEST_NOW;
    answer('after-purchase', 'satisfaction', 'csat', { visitId: 'visit_a', score: 5, createdAt: now - DAY });
    answer('after-purchase', 'satisfaction', 'csat', { visitId: 'visit_b', score: 2, createdAt: now - DAY });
    const list = surveyListSchema.parse(await (await admin(`/api/sites/${site.key}/surveys`)).json());
    expect(list.figures['after-purchase']).toMatchObject({ answered: 2, shown: 2, headline: { question: 'satisfaction', type: 'csat', score: { value: 0.5, n: 2 } } });
  });

  it('answers 404 for an unknown survey and 400 for a range that ends before it starts', async () => {
    const { admin, site } = await setup();
    expect((await admin(`/api/sites/${site.key}/surveys/nope/results`)).status).toBe(404);
    const res = await admin(`/api/sites/${site.key}/surveys/quarterly-nps/results?from=2026-03-02T00:00:00Z&to=2026-03-01T00:00:00Z`);
    expect(res.status).toBe(400);
  });
});
