import { describe, expect, it } from 'vitest';
import { endEffectOf, figuresOf, meanOf, npsByEnd } from '../src/insight/buildPeakEnd.ts';
import type { PeakEndVisit } from '../src/insight/peakEndVisit.ts';
import { visitsFromMoments } from '../src/insight/peakEndVisit.ts';
import type { VisitMoment } from '../src/db/queries/responses/getVisitMoments.ts';

const visit = (over: Partial<PeakEndVisit>): PeakEndVisit => ({
  visits: 1,
  rated: 2,
  total: 8,
  low: 4,
  high: 4,
  lastRating: 4,
  lastPath: '/',
  abandonedPath: null,
  nps: null,
  ...over,
});

const moment = (over: Partial<VisitMoment>): VisitMoment => ({
  visit_id: 'v',
  created_at: 0,
  question_type: 'page',
  score: 3,
  path: '/',
  ...over,
});

describe('peak–end figures of a visit', () => {
  it('counts a trailing abandonment as a last rating of 1', () => {
    // Ratings 4 and 5, then gave up: mean (4 + 5 + 1) / 3, peak 1 (as far from 3 as 5, and bad wins), end 1.
    const f = figuresOf(visit({ total: 9, low: 4, high: 5, lastRating: 5, abandonedPath: '/checkout/payment' }));
    expect(f).toMatchObject({ peak: 1, end: 1, endPath: '/checkout/payment', abandoned: true });
    expect(f.mean).toBeCloseTo(10 / 3, 9);
    expect(endEffectOf(f)).toBe('sinks');
  });

  it('normalises CES and CSAT answers among the moments, the last answer being the end', () => {
    const [v] = visitsFromMoments([
      moment({ created_at: 1, score: 2 }),
      moment({ created_at: 2, question_type: 'ces', score: 7 }), // 5
      moment({ created_at: 3, question_type: 'csat', score: 4, path: '/thanks' }),
      moment({ created_at: 4, question_type: 'nps', score: 9 }),
      moment({ created_at: 2, question_type: null, score: null }), // before the end: not the end
    ]);
    expect(v).toMatchObject({ rated: 3, total: 11, low: 2, high: 5, lastRating: 4, lastPath: '/thanks', abandonedPath: null, nps: 9 });
  });

  it('takes the lower of two last ratings given in the same millisecond as the end', () => {
    const [v] = visitsFromMoments([
      moment({ created_at: 1, score: 5 }),
      moment({ created_at: 5, score: 4, path: '/a' }),
      moment({ created_at: 5, score: 2, path: '/b' }),
    ]);
    expect(v).toMatchObject({ lastRating: 2, lastPath: '/b' });
  });

  it('takes an abandonment at the same time as the last rating as the end', () => {
    const [v] = visitsFromMoments([
      moment({ created_at: 1 }),
      moment({ created_at: 5 }),
      moment({ created_at: 5, question_type: null, score: null, path: '/pay' }),
    ]);
    expect(v!.abandonedPath).toBe('/pay');
  });

  it('gives the NPS of visits whose end sank, kept level or lifted them', () => {
    const figures = [
      // Sunk: mean 3.5, end 2. NPS answers 0, 6, 9 → 1 promoter, 2 detractors: (1 − 2) / 3 = −33.3.
      ...[0, 6, 9].map((nps) => figuresOf(visit({ total: 7, low: 2, high: 5, lastRating: 2, nps }))),
      // Level: mean 4, end 4. 10 and 7, and 10 twice below: (3 − 0) / 4 = 75.
      ...[10, 7].map((nps) => figuresOf(visit({ nps }))),
      // Lifted, without an NPS answer: not counted.
      figuresOf(visit({ total: 7, low: 2, high: 5, lastRating: 5 })),
      // Level, 10: two alike visits as one.
      figuresOf(visit({ nps: 10, visits: 2 })),
    ];
    const rows = npsByEnd(figures);
    expect(rows.map((r) => r.end)).toEqual(['sinks', 'level', 'lifts']);
    expect(rows[0]!.nps.value).toBeCloseTo(-100 / 3, 9);
    expect(rows[0]!.nps).toMatchObject({ n: 3, enough: false });
    expect(rows[1]!.nps).toMatchObject({ value: 75, n: 4 });
    expect(rows[2]!.nps).toMatchObject({ value: null, n: 0 });
  });

  it('gives a mean of values that need not be whole with its t interval', () => {
    // 2, 3, 4, 2, 3, 4: mean 3, s = √0.8, t(5) = 2.5706: 3 ± 0.9385; and clamped to the scale.
    const m = meanOf([[2, 2], [3, 2], [4, 1], [4, 1]]);
    expect(m.value).toBe(3);
    expect(m.low).toBeCloseTo(3 - 0.9385, 3);
    expect(m.high).toBeCloseTo(3 + 0.9385, 3);
    expect(meanOf([[1, 1], [2, 1]]).low).toBe(1);
  });
});
