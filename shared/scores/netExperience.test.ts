import { describe, expect, it } from 'vitest';
import { netExperienceScore } from './netExperience.ts';

describe('netExperienceScore', () => {
  it('is the positive share minus the negative share, with the adjusted Wald interval', () => {
    // Ratings 1,1,2 | 3,3 | 4,4,5,5,5: 5 positive, 3 negative of 10 → 0.5 − 0.3 = 0.2.
    // Adjusted: n' = 13, p₊ = 5.75/13 = 0.442308, p₋ = 3.75/13 = 0.288462, d = 0.153846
    // var = (0.730769 − 0.023669) / 13 = 0.054392, half = 1.96 · 0.233221 = 0.457104
    const score = netExperienceScore([2, 1, 2, 2, 3]);
    expect(score.value).toBeCloseTo(0.2, 10);
    expect(score.low).toBeCloseTo(-0.303258, 5);
    expect(score.high).toBeCloseTo(0.61095, 5);
    expect(score).toMatchObject({ n: 10, enough: true });
  });

  it('keeps a real width and stays within −1…1 when everyone agrees', () => {
    // Ten 5s: p₊ = 10.75/13 = 0.826923, p₋ = 0.75/13 = 0.057692, d = 0.769231
    // var = (0.884615 − 0.591716) / 13 = 0.022531, half = 1.96 · 0.150102 = 0.294195
    const score = netExperienceScore([0, 0, 0, 0, 10]);
    expect(score.value).toBe(1);
    expect(score.low).toBeCloseTo(0.475036, 5);
    expect(score.high).toBe(1);
  });
});
