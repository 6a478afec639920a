import { describe, expect, it } from 'vitest';
import { cesScore } from './ces.ts';

describe('cesScore', () => {
  it('is the mean effort on 1–7 with a t interval', () => {
    // 2,2,3,3,3,4,4,5,6,6: mean 3.8; Σ(x − x̄)² = 6.48 + 1.92 + 0.08 + 1.44 + 9.68 = 19.6
    // s² = 19.6 / 9 = 2.177778, s/√n = 0.466667, half = 2.262157 · 0.466667 = 1.055673
    const score = cesScore([0, 2, 3, 2, 1, 2, 0]);
    expect(score.value).toBeCloseTo(3.8, 10);
    expect(score.low).toBeCloseTo(2.744327, 5);
    expect(score.high).toBeCloseTo(4.855673, 5);
    expect(score).toMatchObject({ n: 10, enough: true });
  });

  it('has no value without answers', () => {
    expect(cesScore([0, 0, 0, 0, 0, 0, 0]).value).toBeNull();
  });
});
