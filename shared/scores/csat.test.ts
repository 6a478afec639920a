import { describe, expect, it } from 'vitest';
import { csatScore } from './csat.ts';
import { histogramOf } from './ratingScale.ts';

describe('csatScore', () => {
  it('is the share of 4s and 5s with its Wilson interval', () => {
    // 1, 2, 3, 3, 4, 4, 4, 5, 5, 5: six of ten satisfied.
    // centre = (0.6 + 0.19207) / 1.38415 = 0.57224; half = 1.41601 · √(0.024 + 0.009604) = 0.25955
    const score = csatScore(histogramOf([1, 2, 3, 3, 4, 4, 4, 5, 5, 5]));
    expect(score).toEqual({
      value: 0.6,
      low: expect.closeTo(0.31267, 5),
      high: expect.closeTo(0.83182, 5),
      n: 10,
      enough: true,
    });
  });

  it('is not enough data below the minimum sample', () => {
    const score = csatScore(histogramOf([5, 5, 5, 5, 5, 5, 5, 5, 5]));
    expect(score).toMatchObject({ value: 1, n: 9, enough: false });
  });

  it('has no value without ratings', () => {
    expect(csatScore([0, 0, 0, 0, 0])).toEqual({ value: null, low: null, high: null, n: 0, enough: false });
  });
});
