import { describe, expect, it } from 'vitest';
import { compareScores } from './compareScores.ts';
import { csatScore } from './csat.ts';
import { scoreResult } from './scoreResult.ts';

describe('compareScores', () => {
  it('gives the published interval for 56/70 − 48/80 (Newcombe 1998, method 10)', () => {
    const current = csatScore([4, 5, 5, 20, 36]); // 56 of 70 rated 4–5
    const previous = csatScore([10, 10, 12, 24, 24]); // 48 of 80
    const change = compareScores(current, previous);
    expect(change.delta).toBeCloseTo(0.2, 10);
    expect(change.low).toBeCloseTo(0.0524, 4);
    expect(change.high).toBeCloseTo(0.3339, 4);
    expect(change.significant).toBe(true);
  });

  it('is not significant when the interval of the difference includes 0', () => {
    // 6/10 vs 5/10: Δ = 0.1, far inside the noise of ten answers.
    const change = compareScores(csatScore([1, 1, 2, 3, 3]), csatScore([1, 2, 2, 2, 3]));
    expect(change.delta).toBeCloseTo(0.1, 10);
    expect(change.low!).toBeLessThan(0);
    expect(change.significant).toBe(false);
  });

  it('is never significant with too few answers, however large the change', () => {
    const few = scoreResult(0.9, 0.85, 0.95, 9);
    const many = scoreResult(0.1, 0.05, 0.15, 500);
    expect(compareScores(few, many)).toMatchObject({ delta: expect.closeTo(0.8, 10), significant: false });
  });

  it('has no delta when a period has no answers', () => {
    expect(compareScores(csatScore([0, 0, 0, 0, 0]), csatScore([1, 0, 0, 0, 9]))).toEqual({
      delta: null,
      low: null,
      high: null,
      significant: false,
    });
  });
});
