import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../shared/limits.ts';
import { summarySchema } from '../../shared/schemas/summary.ts';
import { surveyResultsSchema } from '../../shared/schemas/surveyResults.ts';
import { CHECKOUT, newId } from './journeyFixtures.ts';
import { CHECKOUT_SURVEY, storeAnswer } from './surveyFixtures.ts';
import { testApp } from './testApp.ts';

const DAY = 86_400_000;
const NOW = Date.parse('2026-03-14T10:00:00Z');
const iso = (ms: number) => new Date(ms).toISOString();
/** The longest span a view reads, ending at NOW. */
const LONGEST = `from=${iso(NOW - LIMITS.viewDays * DAY)}&to=${iso(NOW)}`;
const HUGE = 'from=0001-01-01T00:00:00Z&to=9999-12-31T00:00:00Z';

/** Every view that takes `?from&to`: the red team's range must be refused by each. */
const VIEWS = [
  'summary',
  'journeys/checkout/funnel',
  'journey-map',
  'fix-first',
  'themes',
  'comments',
  'segments?by=device',
  'filter-options',
  'peak-end',
  'surveys',
  'surveys/after-purchase/results',
];
const withQuery = (view: string, query: string) => `${view}${view.includes('?') ? '&' : '?'}${query}`;

async function shop() {
  const t = testApp({ now: () => NOW });
  await t.admin(`/api/sites/${t.site.key}/journeys/checkout`, { method: 'PUT', body: JSON.stringify(CHECKOUT) });
  await t.admin(`/api/sites/${t.site.key}/surveys/after-purchase`, { method: 'PUT', body: JSON.stringify(CHECKOUT_SURVEY) });
  const view = (path: string) => t.admin(`/api/sites/${t.site.key}/${path}`);
  const importItems = (responses: unknown[]) =>
    t.admin(`/api/sites/${t.site.key}/import`, { method: 'POST', body: JSON.stringify({ responses }) });
  return { ...t, view, importItems };
}

const rating = (createdAt: string) => ({ type: 'page_rating', id: newId('imp'), rating: 4, path: '/cart', createdAt });

describe('the span a view reads', () => {
  for (const view of VIEWS) {
    it(`${view}: refuses year 0001 to 9999 with a 400 in the one error shape`, async () => {
      const { view: get } = await shop();
      const res = await get(withQuery(view, HUGE));
      expect(res.status).toBe(400);
      expect(await res.json()).toEqual({
        error: {
          code: 'invalid_payload',
          message: expect.stringContaining(`at most ${LIMITS.viewDays} days`),
          issues: [{ path: 'from', message: `from and to may be at most ${LIMITS.viewDays} days apart.` }],
        },
      });
    });

    it(`${view}: answers the longest span allowed`, async () => {
      const { view: get } = await shop();
      expect((await get(withQuery(view, LONGEST))).status).toBe(200);
    });
  }

  it('refuses a day more than the longest span, and a from without a to that reaches too far back from now', async () => {
    const { view } = await shop();
    expect((await view(`summary?from=${iso(NOW - (LIMITS.viewDays * DAY + 1))}&to=${iso(NOW)}`)).status).toBe(400);
    expect((await view(`summary?from=0001-01-01T00:00:00Z`)).status).toBe(400);
    expect((await view(`summary?from=${iso(NOW - LIMITS.viewDays * DAY)}`)).status).toBe(200);
    // Without from, the 30 days before to: never too long, however far to is.
    expect((await view(`summary?to=9999-12-31T00:00:00Z`)).status).toBe(200);
  });

  it('lists in the daily series only the days that have ratings, however long the span', async () => {
    const { view, importItems } = await shop();
    const days = [NOW - 399 * DAY, NOW - 200 * DAY, NOW - 200 * DAY + 3_600_000, NOW - DAY];
    expect((await importItems(days.map((at) => rating(iso(at))))).status).toBe(201);
    const res = await view(`summary?${LONGEST}`);
    const summary = summarySchema.parse(await res.json());
    expect(summary.daily).toEqual([
      { date: iso(days[0]!).slice(0, 10), responses: 1, avgRating: 4 },
      { date: iso(days[1]!).slice(0, 10), responses: 2, avgRating: 4 },
      { date: iso(days[3]!).slice(0, 10), responses: 1, avgRating: 4 },
    ]);
    expect(summary.totals.responses).toBe(4);
  });

  it('gives survey results per day only for days with answers in the day or the week to it', async () => {
    const { db, site, view } = await shop();
    // Two answers a year apart, and one in the previous period.
    for (const at of [NOW - 300 * DAY, NOW - 10 * DAY, NOW - 500 * DAY]) {
      storeAnswer(db, { siteId: site.id, survey: 'after-purchase', question: 'satisfaction', questionType: 'csat', score: 5, createdAt: at });
    }
    const res = await view(`surveys/after-purchase/results?${LONGEST}`);
    expect(res.status).toBe(200);
    const body = await res.text();
    const csat = surveyResultsSchema.parse(JSON.parse(body)).questions.find((q) => q.id === 'satisfaction')!;
    // Each answer's day and the 6 after it: 14 days of 400, and 7 of the previous period's 400.
    expect(csat.daily).toHaveLength(14);
    expect(csat.daily[0]).toMatchObject({ date: iso(NOW - 300 * DAY).slice(0, 10), score: { n: 1 }, trailingWeek: { n: 1 } });
    expect(csat.daily[1]).toMatchObject({ score: { n: 0, value: null }, trailingWeek: { n: 1 } });
    expect(csat.previousDaily).toHaveLength(7);
    // The whole answer stays small: no per-day padding over the span.
    expect(body.length).toBeLessThan(20_000);
  });
});

describe('the dates an import may carry', () => {
  const refused: [string, string][] = [
    ['year 0001', '0001-01-01T00:00:00Z'],
    ['the day before 2000', '1999-12-31T23:59:59Z'],
    ['year 9999', '9999-12-31T00:00:00Z'],
    ['more than a day after the collector’s clock', iso(NOW + DAY + 1000)],
  ];
  for (const [what, createdAt] of refused) {
    it(`refuses a row dated ${what} with a 400 naming the row, and stores none of the batch`, async () => {
      const { importItems, count } = await shop();
      const res = await importItems([rating('2026-03-01T10:00:00Z'), rating(createdAt)]);
      expect(res.status).toBe(400);
      const { error } = await res.json();
      expect(error.code).toBe('invalid_payload');
      expect(error.issues).toEqual([{ path: 'responses.1.createdAt', message: expect.any(String) }]);
      expect(count()).toBe(0);
    });
  }

  it('says which row is dated in the future and against what clock', async () => {
    const { importItems } = await shop();
    const { error } = await (await importItems([rating('2026-03-01T10:00:00Z'), rating('9999-12-31T00:00:00Z')])).json();
    expect(error.issues[0].message).toBe(
      "row 1 is dated 9999-12-31T00:00:00Z, more than a day after the collector's clock (2026-03-14T10:00:00.000Z)",
    );
  });

  it('accepts rows from 2000-01-01 up to a day after now, other clocks being a little ahead', async () => {
    const { importItems, count } = await shop();
    const res = await importItems([rating('2000-01-01T00:00:00Z'), rating(iso(NOW + DAY)), rating(iso(NOW + 23 * 3_600_000))]);
    expect(res.status, await res.clone().text()).toBe(201);
    expect(count()).toBe(3);
  });
});
