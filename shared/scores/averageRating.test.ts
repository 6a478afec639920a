import { describe, expect, it } from 'vitest';
import { averageRatingScore } from './averageRating.ts';

describe('averageRatingScore', () => {
  it('is the mean with a t interval', () => {
    // Two of each rating: mean 3, s² = 2·(4 + 1 + 0 + 1 + 4) / 9 = 2.2222, s/√n = √0.222222 = 0.4714045,
    // t(9) = 2.262157, half = 1.066390
    const score = averageRatingScore([2, 2, 2, 2, 2]);
    expect(score.value).toBe(3);
    expect(score.low).toBeCloseTo(1.93361, 5);
    expect(score.high).toBeCloseTo(4.06639, 5);
    expect(score).toMatchObject({ n: 10, enough: true });
  });

  it('stays on the 1–5 scale', () => {
    // 1,1,1,1,1,1,1,1,1,5: mean 1.4, the interval's low end would fall below 1.
    const score = averageRatingScore([9, 0, 0, 0, 1]);
    expect(score.value).toBeCloseTo(1.4, 10);
    expect(score.low).toBe(1);
  });

  it('spans the whole scale with one rating', () => {
    expect(averageRatingScore([0, 0, 0, 1, 0])).toEqual({ value: 4, low: 1, high: 5, n: 1, enough: false });
  });
});
