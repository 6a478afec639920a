import { describe, expect, it } from 'vitest';
import type { LoopFigures } from '../../../../shared/schemas/loop.ts';
import { formatHours, loopFigures } from './loopFigures.ts';

const base: LoopFigures = {
  cases: 10,
  actedOn: 4,
  closeLoopRate: 0.4,
  told: 2,
  toldRate: 0.2,
  firstResponse: { median: 5, p90: 20 },
  resolution: { median: 30, p90: 100 },
  withinSla: 0.5,
  overdue: 3,
  recovered: 1,
};

describe('the loop view’s figures', () => {
  it('says a higher rate and a shorter time are better, more overdue worse, with the previous value', () => {
    const now = { ...base, closeLoopRate: 0.55, firstResponse: { median: 2, p90: 20 }, overdue: 5 };
    const figures = Object.fromEntries(loopFigures(now, base).map((f) => [f.key, f]));
    expect(figures.closeLoopRate).toMatchObject({ value: '55%', change: '▲ 15 pts (was 40%)', tone: 'better' });
    expect(figures.firstResponse).toMatchObject({ value: '2 h', change: '▼ 3 h (was 5 h)', tone: 'better' });
    expect(figures.overdue).toMatchObject({ value: '5', change: '▲ 2 (was 3)', tone: 'worse' });
    expect(figures.firstResponseP90).toMatchObject({ change: 'same as before (20 h)', tone: 'same' });
  });

  it('has nothing to compare when the previous period had no cases to time', () => {
    const before = { ...base, resolution: { median: null, p90: null } };
    const figures = Object.fromEntries(loopFigures(base, before).map((f) => [f.key, f]));
    expect(figures.resolution).toMatchObject({ value: '30 h', change: null, tone: 'same' });
  });

  it('writes hours as minutes, hours or days', () => {
    expect([formatHours(0.25), formatHours(5.46), formatHours(72), formatHours(null)]).toEqual(['15 min', '5.5 h', '3 days', '—']);
  });
});
