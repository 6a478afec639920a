import { describe, expect, it } from 'vitest';
import type { ImportedResponseInput, ImportedSurveyAnswerInput } from '../../shared/schemas/import.ts';
import { peakEndSchema } from '../../shared/schemas/peakEnd.ts';
import { SHOP_MAP } from './insightFixtures.ts';
import { CHECKOUT_SURVEY, NPS_SURVEY } from './surveyFixtures.ts';
import { AFTER_FIXTURES, testApp } from './testApp.ts';

const THIS_WEEK = 'from=2026-11-08T00:00:00Z&to=2026-11-15T00:00:00Z';

function visit(id: string, moments: [string, number][]): ImportedResponseInput[] {
  return moments.map(([path, rating], i) => ({
    type: 'page_rating',
    id: `resp_peak_${id}_${i}`,
    visitId: `visit_peak_${id}`,
    rating,
    path,
    createdAt: new Date(Date.parse('2026-11-10T10:00:00Z') + i * 60_000).toISOString(),
  }));
}

/** An answer to `question` of `survey`, `minute` minutes into the visit's day. */
function answer(id: string, survey: string, question: string, value: number, path: string, minute: number): ImportedSurveyAnswerInput {
  return {
    type: 'survey_answer',
    id: `ans_peak_${id}_${question}_${minute}`,
    visitId: `visit_peak_${id}`,
    survey,
    question,
    value,
    path,
    createdAt: new Date(Date.parse('2026-11-10T10:00:00Z') + minute * 60_000).toISOString(),
  };
}

describe('GET /api/sites/:siteKey/peak-end', () => {
  it('compares the peak and the end of each visit with its mean, and the end by stage', async () => {
    const t = testApp({ now: () => AFTER_FIXTURES });
    await t.admin(`/api/sites/${t.site.key}/touchpoints`, { method: 'PUT', body: JSON.stringify(SHOP_MAP) });
    const responses = [
      // A good visit sunk by its confirmation page: mean 3.67, end 2.
      ...visit('a', [['/', 5], ['/cart', 4], ['/checkout/thank-you', 2]]),
      // Lifted by its end: mean 3, end 5.
      ...visit('b', [['/', 1], ['/cart', 3], ['/checkout/thank-you', 5]]),
      // Even: mean 4, end 4.
      ...visit('c', [['/', 4], ['/product/trail-jacket', 4]]),
      // One rating only: not a visit to judge.
      ...visit('d', [['/', 1]]),
    ];
    expect((await t.admin(`/api/sites/${t.site.key}/import`, { method: 'POST', body: JSON.stringify({ responses }) })).status).toBe(201);
    const res = await t.admin(`/api/sites/${t.site.key}/peak-end?${THIS_WEEK}`);
    expect(res.status).toBe(200);
    const body = peakEndSchema.parse(await res.json());
    expect(body.visits).toBe(3);
    expect(body.abandonedEnds).toBe(0);
    expect(body.endBelowMean).toMatchObject({ value: 1 / 3, n: 3 });
    expect(body.endAboveMean).toMatchObject({ value: 1 / 3, n: 3 });
    // Peaks: 5 (a, +1.33 → 1.5), 1 (b, −2), 4 (c, 0).
    expect(body.peakMinusMean).toEqual([
      { delta: -2, visits: 1 },
      { delta: 0, visits: 1 },
      { delta: 1.5, visits: 1 },
    ]);
    expect(body.endByStage.map((s) => [s.stage, s.name, s.visits, s.endRating.value])).toEqual([
      ['before', 'Discover', 1, 4],
      ['after', 'After purchase', 2, 3.5],
    ]);
  });

  it('counts CSAT and CES answers as moments on the 1–5 scale, and gives the NPS of visits by what their end did', async () => {
    const t = testApp({ now: () => AFTER_FIXTURES });
    await t.admin(`/api/sites/${t.site.key}/touchpoints`, { method: 'PUT', body: JSON.stringify(SHOP_MAP) });
    for (const survey of [NPS_SURVEY, CHECKOUT_SURVEY]) {
      const put = await t.admin(`/api/sites/${t.site.key}/surveys/${survey.key}`, { method: 'PUT', body: JSON.stringify(survey) });
      expect(put.status).toBeLessThan(300);
    }
    const responses = [
      // Sunk by its end (mean 3.67, end 2), then NPS 3: a detractor.
      ...visit('a', [['/', 5], ['/cart', 4], ['/checkout/thank-you', 2]]),
      answer('a', 'quarterly-nps', 'recommend', 3, '/checkout/thank-you', 10),
      // Lifted (mean 3, end 5), NPS 10: a promoter.
      ...visit('b', [['/', 1], ['/cart', 3], ['/checkout/thank-you', 5]]),
      answer('b', 'quarterly-nps', 'recommend', 10, '/checkout/thank-you', 10),
      // Level (mean 4, end 4), NPS 8: a passive.
      ...visit('c', [['/', 4], ['/product/trail-jacket', 4]]),
      answer('c', 'quarterly-nps', 'recommend', 8, '/product/trail-jacket', 10),
      // One rating: not a visit to judge, its NPS left out.
      ...visit('d', [['/', 1]]),
      answer('d', 'quarterly-nps', 'recommend', 9, '/', 10),
      // A rating of 5 and CES 7 (the easiest: 5): two ratings, mean 5, end 5.
      ...visit('e', [['/', 5]]),
      answer('e', 'after-purchase', 'effort', 7, '/checkout/thank-you', 5),
      // A rating of 2, then CES 4 changed to 1 (the last answer counts: 1): mean 1.5, end 1, sunk by half a point.
      ...visit('f', [['/cart', 2]]),
      answer('f', 'after-purchase', 'effort', 4, '/checkout/thank-you', 5),
      answer('f', 'after-purchase', 'effort', 1, '/checkout/thank-you', 6),
    ];
    expect((await t.admin(`/api/sites/${t.site.key}/import`, { method: 'POST', body: JSON.stringify({ responses }) })).status).toBe(201);
    const res = await t.admin(`/api/sites/${t.site.key}/peak-end?${THIS_WEEK}`);
    expect(res.status).toBe(200);
    const body = peakEndSchema.parse(await res.json());
    expect(body.visits).toBe(5);
    expect(body.endBelowMean).toMatchObject({ value: 2 / 5, n: 5 });
    expect(body.endAboveMean).toMatchObject({ value: 1 / 5, n: 5 });
    // Ends after purchase: 2 (a), 5 (b), 5 (e), 1 (f).
    expect(body.endByStage.find((s) => s.stage === 'after')).toMatchObject({ visits: 4, endRating: { value: 3.25 } });
    expect(body.npsVisits).toBe(3);
    expect(body.npsByEnd.map((row) => [row.end, row.nps.value, row.nps.n, row.nps.enough])).toEqual([
      ['sinks', -100, 1, false],
      ['level', 0, 1, false],
      ['lifts', 100, 1, false],
    ]);

    // Any filter takes the exact path over the moments themselves: all of these are on the web.
    const filtered = await t.admin(`/api/sites/${t.site.key}/peak-end?${THIS_WEEK}&channel=web`);
    expect(peakEndSchema.parse(await filtered.json())).toEqual(body);
    const phone = peakEndSchema.parse(await (await t.admin(`/api/sites/${t.site.key}/peak-end?${THIS_WEEK}&channel=phone`)).json());
    expect(phone.visits).toBe(0);
  });
});
