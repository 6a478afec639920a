import { clamp, noAnswers, scoreResult, type ScoreResult } from './scoreResult.ts';
import { t975 } from './tQuantile.ts';

/**
 * The mean of answers on a scale from `min` to `max` given as counts per point
 * (`counts[0]` answers of `min`, …), with the t interval mean ± t(n−1)·s/√n,
 * s the sample standard deviation. Clamped to the scale. With one answer the
 * interval is the whole scale: one answer says nothing about spread.
 */
export function meanScore(counts: readonly number[], min: number, max: number): ScoreResult {
  let n = 0;
  let sum = 0;
  counts.forEach((count, i) => {
    n += count;
    sum += count * (min + i);
  });
  if (n === 0) return noAnswers();
  const mean = sum / n;
  if (n === 1) return scoreResult(mean, min, max, n);
  const squares = counts.reduce((total, count, i) => total + count * (min + i - mean) ** 2, 0);
  const halfWidth = t975(n - 1) * Math.sqrt(squares / (n - 1) / n);
  return scoreResult(mean, clamp(mean - halfWidth, min, max), clamp(mean + halfWidth, min, max), n);
}
