import { describe, expect, it } from 'vitest';
import { everyDay, responsesAxisMax, toChartData } from './responsesChartData.ts';

describe('toChartData', () => {
  it('turns days into UTC-midnight seconds and keeps gaps as null', () => {
    expect(
      toChartData([
        { date: '2026-11-09', responses: 3, avgRating: 4.5 },
        { date: '2026-11-10', responses: 0, avgRating: null },
      ]),
    ).toEqual([[1_794_182_400, 1_794_268_800], [3, 0], [4.5, null]]);
  });
});

describe('everyDay', () => {
  it('draws every day of the period, those the collector left out as 0 responses', () => {
    const days = everyDay({
      from: '2026-11-08T00:00:00.000Z',
      to: '2026-11-11T00:00:00.000Z',
      daily: [{ date: '2026-11-09', responses: 3, avgRating: 4.5 }],
    }, 'UTC');
    expect(days).toEqual([
      { date: '2026-11-08', responses: 0, avgRating: null },
      { date: '2026-11-09', responses: 3, avgRating: 4.5 },
      { date: '2026-11-10', responses: 0, avgRating: null },
    ]);
  });

  it('draws the site\'s local days', () => {
    const days = everyDay(
      { from: '2026-11-07T16:00:00.000Z', to: '2026-11-09T16:00:00.000Z', daily: [{ date: '2026-11-09', responses: 3, avgRating: 4.5 }] },
      'Asia/Shanghai',
    );
    expect(days.map((d) => d.date)).toEqual(['2026-11-08', '2026-11-09']);
    expect(days[1]!.responses).toBe(3);
  });
});

describe('responsesAxisMax', () => {
  it('leaves headroom and never collapses to zero', () => {
    expect(responsesAxisMax([0, 0])).toBe(5);
    expect(responsesAxisMax([])).toBe(5);
    expect(responsesAxisMax([2, 20])).toBe(23);
  });
});
