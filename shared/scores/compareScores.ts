import type { ScoreResult } from './scoreResult.ts';

export interface ScoreComparison {
  /** current − previous, in the score's own unit; null when either has no answers. */
  delta: number | null;
  /** The 95% interval of the difference; null with delta. */
  low: number | null;
  high: number | null;
  /** True only when both periods have enough data and the interval of the difference excludes 0. */
  significant: boolean;
}

/**
 * Compares a score with the previous period's. The interval of the difference
 * comes from each score's own interval by the MOVER method (Zou & Donner 2008;
 * for two Wilson intervals it is Newcombe's 1998 "method 10"):
 *   low  = Δ − √((v₁ − l₁)² + (u₂ − v₂)²)
 *   high = Δ + √((u₁ − v₁)² + (v₂ − l₂)²)
 * so it works for every score here, symmetric interval or not. That is a
 * proper two-sample test at 5%, less conservative than asking the two
 * intervals not to overlap, which would miss real changes.
 */
export function compareScores(current: ScoreResult, previous: ScoreResult): ScoreComparison {
  if (
    current.value === null || current.low === null || current.high === null ||
    previous.value === null || previous.low === null || previous.high === null
  ) {
    return { delta: null, low: null, high: null, significant: false };
  }
  const delta = current.value - previous.value;
  const low = delta - Math.hypot(current.value - current.low, previous.high - previous.value);
  const high = delta + Math.hypot(current.high - current.value, previous.value - previous.low);
  const significant = current.enough && previous.enough && (low > 0 || high < 0);
  return { delta, low, high, significant };
}
