import { describe, expect, it } from 'vitest';
import { scoreSeries } from './scoreSeries.ts';

const score = (value: number | null, n: number) => ({ value, low: value, high: value, n, enough: n >= 10 });
const day = (date: string, value: number | null, n: number, week: number | null, weekN: number) => ({
  date,
  score: score(value, n),
  trailingWeek: score(week, weekN),
});

describe('the score chart series', () => {
  it('draws the 7-day score, aligns the previous period by position, and keeps each day’s own score for the readout', () => {
    const series = scoreSeries({
      daily: [day('2026-03-01', 40, 3, 30, 12), day('2026-03-02', null, 0, 30, 12), day('2026-03-03', -10, 2, 20, 14)],
      previousDaily: [day('2026-02-26', null, 0, null, 0), day('2026-02-27', 20, 5, 10, 9)],
    });
    expect(series).toEqual({
      days: ['2026-03-01', '2026-03-02', '2026-03-03'],
      week: [30, 30, 20],
      weekN: [12, 12, 14],
      day: [40, null, -10],
      dayN: [3, 0, 2],
      previous: [null, 10, null],
      previousN: [0, 9, 0],
      previousDays: ['2026-02-26', '2026-02-27', null],
    });
  });
});
