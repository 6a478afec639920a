import { clamp, Z_95 } from './scoreResult.ts';

export interface NetScore {
  value: number;
  low: number;
  high: number;
}

/**
 * A "net" score: share of positive answers minus share of negative ones, −1…1,
 * with the adjusted Wald interval Rocks (2016, The American Statistician)
 * found best for the Net Promoter Score: add 3 answers to the sample, ¾ of one
 * to each of the positive and negative counts, then use the variance of a
 * difference of two trinomial shares, (p₊ + p₋ − (p₊ − p₋)²) / n.
 * The value is the plain difference; only the interval uses the adjusted counts.
 */
export function netScore(positive: number, neutral: number, negative: number, z = Z_95): NetScore {
  const n = positive + neutral + negative;
  const value = (positive - negative) / n;
  const adjustedN = n + 3;
  const pPositive = (positive + 0.75) / adjustedN;
  const pNegative = (negative + 0.75) / adjustedN;
  const centre = pPositive - pNegative;
  const variance = (pPositive + pNegative - centre * centre) / adjustedN;
  const halfWidth = z * Math.sqrt(variance);
  return { value, low: clamp(centre - halfWidth, -1, 1), high: clamp(centre + halfWidth, -1, 1) };
}
