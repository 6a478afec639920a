import { describe, expect, it } from 'vitest';
import { scoreSeries } from './scoreSeries.ts';

const score = (value: number | null, n: number) => ({ value, low: value, high: value, n, enough: n >= 10 });
const day = (date: string, value: number | null, n: number, week: number | null, weekN: number) => ({
  date,
  score: score(value, n),
  trailingWeek: score(week, weekN),
});

describe('the score chart series', () => {
  it('draws the 7-day score, aligns the previous period by date, and keeps each day’s own score for the readout', () => {
    const series = scoreSeries(
      {
        daily: [day('2026-03-01', 40, 3, 30, 12), day('2026-03-02', null, 0, 30, 12), day('2026-03-03', -10, 2, 20, 14)],
        previousDaily: [day('2026-02-26', null, 0, null, 0), day('2026-02-27', 20, 5, 10, 9)],
      },
      { from: '2026-03-01T00:00:00.000Z', to: '2026-03-04T00:00:00.000Z' },
      'UTC',
    );
    expect(series).toEqual({
      days: ['2026-03-01', '2026-03-02', '2026-03-03'],
      week: [30, 30, 20],
      weekN: [12, 12, 14],
      day: [40, null, -10],
      dayN: [3, 0, 2],
      previous: [null, 10, null],
      previousN: [0, 9, 0],
      previousDays: ['2026-02-26', '2026-02-27', '2026-02-28'],
    });
  });

  it('fills the days the collector left out (no answers in the day or its week) as gaps', () => {
    const series = scoreSeries(
      { daily: [day('2026-03-03', 40, 3, 40, 3)], previousDaily: [day('2026-02-01', 10, 2, 10, 2)] },
      { from: '2026-03-01T00:00:00.000Z', to: '2026-03-31T00:00:00.000Z' },
      'UTC',
    );
    expect(series.days).toHaveLength(30);
    expect(series.days[0]).toBe('2026-03-01');
    expect(series.week.filter((v) => v !== null)).toEqual([40]);
    expect(series.week[2]).toBe(40);
    expect(series.dayN.reduce((a, b) => a + b, 0)).toBe(3);
    expect(series.previousDays[0]).toBe('2026-01-30');
    expect(series.previous[2]).toBe(10); // 2026-02-01 is 30 days before 2026-03-03
  });
});
