import { describe, expect, it } from 'vitest';
import { t975 } from './tQuantile.ts';

describe('t975', () => {
  it('reads small degrees of freedom from the table', () => {
    expect(t975(1)).toBeCloseTo(12.706205, 6);
    expect(t975(9)).toBeCloseTo(2.262157, 6);
    expect(t975(30)).toBeCloseTo(2.042272, 6);
  });

  it('matches published quantiles beyond the table', () => {
    expect(t975(40)).toBeCloseTo(2.021075, 5);
    expect(t975(60)).toBeCloseTo(2.000298, 5);
    expect(t975(120)).toBeCloseTo(1.97993, 5);
    expect(t975(100_000)).toBeCloseTo(1.959987, 5);
  });
});
