import { describe, expect, it } from 'vitest';
import { compare, previousPeriodLabel } from './comparison.ts';
import { reasonTrend } from './reasonTrendData.ts';
import { worstStep } from './worstStep.ts';

const step = (key: string, reached: number, abandoned: number) => ({
  step: key,
  name: key,
  reached,
  abandoned,
  completed: 0,
  dropOffRate: reached === 0 ? null : abandoned / reached,
});

describe('worstStep', () => {
  it('picks the highest drop-off rate', () => {
    expect(worstStep([step('cart', 100, 20), step('shipping', 80, 40), step('payment', 40, 10)])).toBe('shipping');
  });

  it('ignores steps too few visits reached', () => {
    expect(worstStep([step('cart', 1000, 200), step('shipping', 800, 300), step('gift', 2, 2)])).toBe('shipping');
  });

  it('has no worst step when nobody abandoned', () => {
    expect(worstStep([step('cart', 10, 0), step('shipping', 0, 0)])).toBeUndefined();
  });
});

describe('compare', () => {
  it('gives the relative change and its direction', () => {
    expect(compare(118, 100)).toEqual({ trend: 'up', change: 0.18 });
    expect(compare(50, 100)).toEqual({ trend: 'down', change: -0.5 });
    expect(compare(100, 100)).toEqual({ trend: 'same', change: 0 });
  });

  it('says when there is nothing to compare with', () => {
    expect(compare(5, 0)).toEqual({ trend: 'new', change: null });
    expect(compare(0, 0)).toEqual({ trend: 'none', change: null });
  });

  it('names the previous period', () => {
    expect(previousPeriodLabel(30)).toBe('previous 30 days');
    expect(previousPeriodLabel(1)).toBe('previous day');
  });
});

describe('reasonTrend', () => {
  const funnel = {
    from: '2026-11-01T00:00:00.000Z',
    to: '2026-11-04T00:00:00.000Z',
    reasonTrend: [
      { date: '2026-11-01', reason: 'a', count: 2 },
      { date: '2026-11-03', reason: 'a', count: 1 },
      { date: '2026-11-02', reason: 'b', count: 5 },
    ],
  };

  it('has every day of the range, zero where nobody answered, busiest reason first', () => {
    expect(reasonTrend(funnel, (r) => r.toUpperCase(), 'UTC')).toEqual({
      days: ['2026-11-01', '2026-11-02', '2026-11-03'],
      series: [
        { reason: 'b', label: 'B', counts: [0, 5, 0], total: 5 },
        { reason: 'a', label: 'A', counts: [2, 0, 1], total: 3 },
      ],
    });
  });

  it('has the site\'s local days: Berlin\'s 25-hour 25 Oct is one day', () => {
    const berlin = {
      from: '2026-10-23T22:00:00.000Z',
      to: '2026-10-26T23:00:00.000Z',
      reasonTrend: [{ date: '2026-10-25', reason: 'a', count: 4 }],
    };
    expect(reasonTrend(berlin, (r) => r, 'Europe/Berlin')).toEqual({
      days: ['2026-10-24', '2026-10-25', '2026-10-26'],
      series: [{ reason: 'a', label: 'a', counts: [0, 4, 0], total: 4 }],
    });
  });

  it('sums the least given reasons into one series', () => {
    const many = { ...funnel, reasonTrend: 'abcdefg'.split('').map((reason, i) => ({ date: '2026-11-01', reason, count: 10 - i })) };
    const { series } = reasonTrend(many, (r) => r, 'UTC');
    expect(series.map((s) => s.label)).toEqual(['a', 'b', 'c', 'd', 'Less common reasons']);
    expect(series.at(-1)!.counts).toEqual([6 + 5 + 4, 0, 0]);
  });
});
