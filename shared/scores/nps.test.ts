import { describe, expect, it } from 'vitest';
import { npsCounts, npsScore } from './nps.ts';

describe('npsCounts', () => {
  it('groups 9–10, 7–8 and 0–6', () => {
    expect(npsCounts([10, 9, 8, 7, 6, 0, 11, -1, 3.5])).toEqual({ promoters: 2, passives: 2, detractors: 2 });
  });
});

describe('npsScore', () => {
  it('is %promoters − %detractors on −100…100 with the adjusted Wald interval', () => {
    // 5 promoters, 3 passives, 2 detractors: 50% − 20% = 30.
    // Adjusted: n' = 13, p₊ = 5.75/13 = 0.442308, p₋ = 2.75/13 = 0.211538, d = 0.230769
    // var = (0.653846 − 0.053254) / 13 = 0.046199, half = 1.96 · 0.214940 = 0.421276
    const score = npsScore(npsCounts([10, 10, 9, 9, 9, 8, 7, 7, 6, 2]));
    expect(score.value).toBeCloseTo(30, 10);
    expect(score.low).toBeCloseTo(-19.0507, 3);
    expect(score.high).toBeCloseTo(65.2045, 3);
    expect(score).toMatchObject({ n: 10, enough: true });
  });

  it('reaches −100 when everyone detracts, with the interval inside the scale', () => {
    // n' = 23, p₊ = 0.75/23 = 0.032609, p₋ = 20.75/23 = 0.902174, d = −0.869565
    // var = (0.934783 − 0.756144) / 23 = 0.007767, half = 1.96 · 0.088131 = 0.172734
    const score = npsScore({ promoters: 0, passives: 0, detractors: 20 });
    expect(score.value).toBe(-100);
    expect(score.low).toBe(-100);
    expect(score.high).toBeCloseTo(-69.683, 2);
  });
});
