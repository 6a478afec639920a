import { describe, expect, it } from 'vitest';
import { compareCounts } from './compareCounts.ts';

describe('compareCounts', () => {
  it('finds a tripling from 5 to 15 significant', () => {
    // 15 of 20 in the current period: Wilson low = 0.709718 − 0.178418 = 0.5313 > ½
    expect(compareCounts(15, 5)).toEqual({ delta: 10, ratio: 3, significant: true });
  });

  it('does not find a doubling from 3 to 6 significant', () => {
    // 6 of 9: Wilson low = 0.6168 − 0.2626 = 0.354 < ½
    expect(compareCounts(6, 3)).toEqual({ delta: 3, ratio: 2, significant: false });
  });

  it('finds a significant fall too', () => {
    expect(compareCounts(5, 15).significant).toBe(true);
  });

  it('has no ratio from zero and nothing to test without events', () => {
    expect(compareCounts(5, 0)).toEqual({ delta: 5, ratio: null, significant: true });
    expect(compareCounts(0, 0)).toEqual({ delta: 0, ratio: null, significant: false });
  });
});
