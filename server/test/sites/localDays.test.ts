import { describe, expect, it } from 'vitest';
import { fixFirstSchema } from '../../../shared/schemas/fixFirst.ts';
import { funnelSchema } from '../../../shared/schemas/funnel.ts';
import { siteListSchema, siteSchema } from '../../../shared/schemas/site.ts';
import { summarySchema } from '../../../shared/schemas/summary.ts';
import { surveyResultsSchema } from '../../../shared/schemas/surveyResults.ts';
import { getIngestionTotals } from '../../src/db/queries/sites/ingestionCounts.ts';
import { IngestionCounters } from '../../src/http/ingestionCounters.ts';
import { viewPeriods } from '../../src/insight/viewPeriods.ts';
import { CHECKOUT } from '../journeyFixtures.ts';
import { NPS_SURVEY, storeAnswer } from '../surveyFixtures.ts';
import { testApp } from '../testApp.ts';

/** After every instant below, so the import takes them all. */
const NOW = Date.parse('2026-12-01T00:00:00Z');
const iso = (ms: number) => new Date(ms).toISOString();

async function siteIn(timeZone: string, createdAts: string[]) {
  const t = testApp({ now: () => NOW });
  expect((await t.admin(`/api/sites/${t.site.key}`, { method: 'PATCH', body: JSON.stringify({ timeZone }) })).status).toBe(200);
  const responses = createdAts.map((createdAt, i) => ({
    type: 'page_rating',
    id: `tz_${String(i).padStart(8, '0')}`,
    rating: 1 + (i % 5),
    path: '/checkout/pay',
    createdAt,
  }));
  if (responses.length) {
    const imported = await t.admin(`/api/sites/${t.site.key}/import`, { method: 'POST', body: JSON.stringify({ responses }) });
    expect(imported.status).toBe(201);
  }
  const summary = async (query: string) => {
    const res = await t.admin(`/api/sites/${t.site.key}/summary?${query}`);
    expect(res.status, await res.clone().text()).toBe(200);
    return summarySchema.parse(await res.json());
  };
  return { ...t, site: { ...t.site, timeZone }, summary };
}

describe("a site's time zone", () => {
  it('is UTC by default, set at creation, changed by PATCH, and returned wherever a site is', async () => {
    const { admin, site } = testApp({ now: () => NOW });
    expect(site.timeZone).toBe('UTC');
    const created = await admin('/api/sites', { method: 'POST', body: JSON.stringify({ name: 'Berlin', origins: ['https://de.shop.example'], timeZone: 'Europe/Berlin' }) });
    expect(created.status).toBe(201);
    const berlin = siteSchema.parse(await created.json());
    expect(berlin.timeZone).toBe('Europe/Berlin');
    const patched = await admin(`/api/sites/${berlin.key}`, { method: 'PATCH', body: JSON.stringify({ timeZone: 'asia/shanghai' }) });
    expect(siteSchema.parse(await patched.json()).timeZone).toBe('Asia/Shanghai');
    const { sites } = siteListSchema.parse(await (await admin('/api/sites')).json());
    expect(sites.map((s) => s.timeZone)).toEqual(['UTC', 'Asia/Shanghai']);
  });

  it('refuses what is not an IANA zone with a 400 in the one error shape', async () => {
    const { admin, site } = testApp({ now: () => NOW });
    for (const timeZone of ['Mars/Olympus', '+08:00', 'CET; DROP TABLE sites', 8]) {
      const res = await admin('/api/sites', { method: 'POST', body: JSON.stringify({ name: 'X', origins: ['https://x.example'], timeZone }) });
      expect(res.status, String(timeZone)).toBe(400);
      const body = await res.json();
      expect(body.error.code).toBe('invalid_payload');
      expect(JSON.stringify(body.error)).toContain('timeZone');
    }
    const patched = await admin(`/api/sites/${site.key}`, { method: 'PATCH', body: JSON.stringify({ timeZone: 'Europe/Atlantis' }) });
    expect(patched.status).toBe(400);
    expect((await patched.json()).error.code).toBe('invalid_payload');
  });
});

describe('local days in Europe/Berlin, across both changes of clocks in 2026', () => {
  // 00:30 and 23:30 local on the days clocks change (29 March: 23 hours; 25 October: 25).
  const ROWS = [
    '2026-03-28T23:30:00Z', // 29 Mar 00:30 CET (UTC: 28 Mar)
    '2026-03-29T21:30:00Z', // 29 Mar 23:30 CEST
    '2026-03-29T22:30:00Z', // 30 Mar 00:30 CEST (UTC: 29 Mar)
    '2026-10-24T22:30:00Z', // 25 Oct 00:30 CEST (UTC: 24 Oct)
    '2026-10-25T22:30:00Z', // 25 Oct 23:30 CET
    '2026-10-25T23:30:00Z', // 26 Oct 00:30 CET (UTC: 25 Oct)
  ];

  it('counts each response on its local day in the daily series', async () => {
    const { summary } = await siteIn('Europe/Berlin', ROWS);
    const { daily } = await summary('from=2026-03-01&to=2026-10-31');
    expect(daily.map((d) => [d.date, d.responses])).toEqual([
      ['2026-03-29', 2],
      ['2026-03-30', 1],
      ['2026-10-25', 2],
      ['2026-10-26', 1],
    ]);
  });

  it('reads a date range as whole local days: the 23-hour and the 25-hour day', async () => {
    const { summary } = await siteIn('Europe/Berlin', ROWS);
    const spring = await summary('from=2026-03-29&to=2026-03-29');
    expect([spring.from, spring.to]).toEqual(['2026-03-28T23:00:00.000Z', '2026-03-29T22:00:00.000Z']);
    expect(spring.totals.responses).toBe(2);
    const autumn = await summary('from=2026-10-25&to=2026-10-25');
    expect([autumn.from, autumn.to]).toEqual(['2026-10-24T22:00:00.000Z', '2026-10-25T23:00:00.000Z']);
    expect(autumn.daily).toEqual([expect.objectContaining({ date: '2026-10-25', responses: 2 })]);
  });

  it('compares a week with the 7 local days before it, not 7 × 24 hours', async () => {
    // A 1 at 22 Mar 00:30 CET: in the local week before 29 Mar–4 Apr (167 hours), not in the 167 hours before it.
    const t = await siteIn('Europe/Berlin', ['2026-03-21T23:30:00Z', '2026-03-30T10:00:00Z']);
    const res = await t.admin(`/api/sites/${t.site.key}/fix-first?from=2026-03-29&to=2026-04-04`);
    const fixFirst = fixFirstSchema.parse(await res.json());
    expect(fixFirst.previous).toEqual({ from: '2026-03-21T23:00:00.000Z', to: '2026-03-28T23:00:00.000Z' });
    const page = fixFirst.problems.find((p) => p.kind === 'page');
    expect(page?.previous.impact).toBe(1);
    const periods = viewPeriods(t.db, t.site, { from: '2026-10-25', to: '2026-10-31' }, NOW);
    expect([iso(periods.previous.from), iso(periods.previous.to)]).toEqual(['2026-10-17T22:00:00.000Z', '2026-10-24T22:00:00.000Z']);
  });

  it('defaults to the 30 local days before now', async () => {
    const t = await siteIn('Europe/Berlin', []);
    const periods = viewPeriods(t.db, t.site, {}, Date.parse('2026-11-15T11:00:00Z'));
    // 15 Nov 12:00 CET back to 16 Oct 12:00 CEST: 30 days and one hour.
    expect(iso(periods.current.from)).toBe('2026-10-16T10:00:00.000Z');
  });

  it('gives survey scores per local day', async () => {
    const t = await siteIn('Europe/Berlin', []);
    await t.admin(`/api/sites/${t.site.key}/surveys/${NPS_SURVEY.key}`, { method: 'PUT', body: JSON.stringify(NPS_SURVEY) });
    storeAnswer(t.db, { siteId: t.site.id, survey: NPS_SURVEY.key, question: 'recommend', questionType: 'nps', score: 10, visitId: 'visit_tz_00001', createdAt: Date.parse('2026-10-24T22:30:00Z') });
    const res = await t.admin(`/api/sites/${t.site.key}/surveys/${NPS_SURVEY.key}/results?from=2026-10-25&to=2026-10-25`);
    const results = surveyResultsSchema.parse(await res.json());
    expect(results.questions[0]!.n).toBe(1);
    expect(results.questions[0]!.daily.map((d) => [d.date, d.score?.n])).toEqual([['2026-10-25', 1]]);
  });
  it("gives the abandonment reasons' trend per local day", async () => {
    const t = await siteIn('Europe/Berlin', []);
    await t.admin(`/api/sites/${t.site.key}/journeys/checkout`, { method: 'PUT', body: JSON.stringify(CHECKOUT) });
    const answers = ['2026-10-24T22:30:00Z', '2026-10-25T22:30:00Z', '2026-10-25T23:30:00Z'].map((createdAt, i) => ({
      type: 'abandon_reason',
      id: `tz_ans_${String(i).padStart(8, '0')}`,
      visitId: `visit_tz_ans_${i}`,
      journey: 'checkout',
      step: 'shipping',
      reason: 'unexpected_costs',
      trigger: 'exit_intent',
      path: '/checkout/shipping',
      createdAt,
    }));
    expect((await t.admin(`/api/sites/${t.site.key}/import`, { method: 'POST', body: JSON.stringify({ responses: answers }) })).status).toBe(201);
    const res = await t.admin(`/api/sites/${t.site.key}/journeys/checkout/funnel?from=2026-10-24&to=2026-10-26`);
    expect(res.status).toBe(200);
    expect(funnelSchema.parse(await res.json()).reasonTrend).toEqual([
      { date: '2026-10-25', reason: 'unexpected_costs', count: 2 },
      { date: '2026-10-26', reason: 'unexpected_costs', count: 1 },
    ]);
  });
});

describe('local days in America/New_York (8 March and 1 November 2026)', () => {
  it('counts 23:30 local on the day it is, on the 23-hour and the 25-hour day', async () => {
    const { summary } = await siteIn('America/New_York', ['2026-03-09T03:30:00Z', '2026-11-02T04:30:00Z', '2026-11-02T05:30:00Z']);
    const { daily } = await summary('from=2026-03-01&to=2026-11-30');
    expect(daily.map((d) => [d.date, d.responses])).toEqual([
      ['2026-03-08', 1],
      ['2026-11-01', 1],
      ['2026-11-02', 1],
    ]);
    const fallBack = await summary('from=2026-11-01&to=2026-11-01');
    expect(Date.parse(fallBack.to) - Date.parse(fallBack.from)).toBe(25 * 3_600_000);
  });
});

describe('local days in Asia/Shanghai (no daylight saving)', () => {
  const EVENING_UTC = '2026-11-10T20:00:00Z'; // 11 Nov 04:00 in Shanghai

  it('counts a response at 2026-11-10T20:00Z on 11 November, in series and range filters', async () => {
    const { summary } = await siteIn('Asia/Shanghai', [EVENING_UTC]);
    expect((await summary('from=2026-11-01&to=2026-11-30')).daily.map((d) => d.date)).toEqual(['2026-11-11']);
    expect((await summary('from=2026-11-11&to=2026-11-11')).totals.responses).toBe(1);
    expect((await summary('from=2026-11-10&to=2026-11-10')).totals.responses).toBe(0);
  });

  it('offers the filter choices of the local days asked for, as the dashboard sends them', async () => {
    const t = await siteIn('Asia/Shanghai', [EVENING_UTC]);
    const options = async (query: string) => {
      const res = await t.admin(`/api/sites/${t.site.key}/filter-options?${query}`);
      expect(res.status, await res.clone().text()).toBe(200);
      return (await res.json()) as { paths: string[] };
    };
    expect((await options('from=2026-11-11&to=2026-11-11')).paths).toEqual(['/checkout/pay']);
    expect((await options('from=2026-11-10&to=2026-11-10')).paths).toEqual([]);
  });

  it('exports and counts refused submissions by the local days asked for', async () => {
    const t = await siteIn('Asia/Shanghai', [EVENING_UTC]);
    const csv = await (await t.admin(`/api/sites/${t.site.key}/export.csv?from=2026-11-11&to=2026-11-11`)).text();
    expect(csv.trim().split('\n')).toHaveLength(2);
    const none = await (await t.admin(`/api/sites/${t.site.key}/export.csv?from=2026-11-10&to=2026-11-10`)).text();
    expect(none.trim().split('\n')).toHaveLength(1);
    new IngestionCounters(t.db, () => Date.parse(EVENING_UTC)).botDropped(t.site.key);
    const day = (date: string) => ({ siteId: t.site.id, timeZone: 'Asia/Shanghai', from: Date.parse(`${date}T00:00:00+08:00`), to: Date.parse(`${date}T24:00:00+08:00`) });
    expect(getIngestionTotals(t.db, day('2026-11-11')).botsDropped).toBe(1);
    expect(getIngestionTotals(t.db, day('2026-11-10')).botsDropped).toBe(0);
  });
});
