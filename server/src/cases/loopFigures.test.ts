import { describe, expect, it } from 'vitest';
import type { LoopCase } from '../db/queries/cases/loopCases.ts';
import { backlogByAge, loopFigures } from './loopFigures.ts';
import { percentile } from './percentile.ts';

const HOUR = 3_600_000;
const NOW = Date.parse('2026-06-17T10:00:00Z');

function loopCase(createdHoursAgo: number, c: Partial<Record<'response' | 'resolved' | 'told' | 'recovered', number>> & Partial<LoopCase>): LoopCase {
  const createdAt = NOW - createdHoursAgo * HOUR;
  const after = (hours: number | undefined) => (hours === undefined ? null : createdAt + hours * HOUR);
  return {
    team: c.team ?? 'engineering',
    status: c.status ?? 'new',
    createdAt,
    firstResponseAt: after(c.response),
    resolvedAt: after(c.resolved),
    firstResponseDueAt: createdAt + 8 * HOUR,
    dueAt: createdAt + 72 * HOUR,
    customerToldAt: after(c.told),
    recoveredAt: after(c.recovered),
  };
}

// Worked by hand:
// A: answered after 2 h, resolved after 10 h (in time), told, came back.
// B: answered after 4 h, resolved after 80 h (8 h late), told.
// C: answered after 6 h, still open after 50 h, its due time 72 h: not overdue yet.
// D: open 10 h, never answered, first response due after 8 h: overdue.
// E: open 5 h, never answered: not due yet.
const CASES = [
  loopCase(100, { status: 'resolved', response: 2, resolved: 10, told: 3, recovered: 20 }),
  loopCase(90, { status: 'resolved', response: 4, resolved: 80, told: 5 }),
  loopCase(50, { status: 'in_progress', response: 6, team: 'customer-service' }),
  loopCase(10, { team: 'customer-service' }),
  loopCase(5, { team: 'triage' }),
];

describe('the loop figures', () => {
  it('come out as worked by hand', () => {
    expect(loopFigures(CASES, NOW)).toEqual({
      cases: 5,
      actedOn: 3,
      closeLoopRate: 0.6,
      told: 2,
      toldRate: 0.4,
      // [2, 4, 6]: median 4; p90 at rank 1.8 → 4 + 0.8 × 2
      firstResponse: { median: 4, p90: 5.6 },
      // [10, 80]: median 45; p90 at rank 0.9 → 10 + 0.9 × 70
      resolution: { median: 45, p90: 73 },
      withinSla: 0.5,
      overdue: 1,
      recovered: 1,
    });
  });

  it('count an open case overdue once its resolution is due, answered or not', () => {
    expect(loopFigures([loopCase(73, { status: 'in_progress', response: 1 })], NOW).overdue).toBe(1);
  });

  it('have no rates and no times without cases', () => {
    const empty = loopFigures([], NOW);
    expect([empty.closeLoopRate, empty.toldRate, empty.withinSla, empty.firstResponse.median, empty.resolution.p90]).toEqual([null, null, null, null, null]);
  });

  it('put the open cases in age bands', () => {
    expect(backlogByAge(CASES, NOW).map((b) => b.count)).toEqual([2, 1, 0, 0]);
  });
});

describe('percentile', () => {
  it('interpolates between closest ranks', () => {
    expect(percentile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(percentile([5], 0.9)).toBe(5);
    expect(percentile([10, 0, 20, 30, 40, 50, 60, 70, 80, 90, 100], 0.9)).toBe(90);
  });
});
