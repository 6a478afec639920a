// What every score answers: the number, its 95% interval and the sample behind it.

/** Below this many answers a score is "not enough data", not a number to act on. */
export const MIN_SAMPLE = 10;

/** The normal quantile for a two-sided 95% interval. */
export const Z_95 = 1.959963984540054;

export interface ScoreResult {
  /** The score itself; null when nobody answered. */
  value: number | null;
  /** The 95% confidence interval; null when nobody answered. */
  low: number | null;
  high: number | null;
  /** How many answers the score is computed from. */
  n: number;
  /**
   * n ≥ MIN_SAMPLE. When false, show "not enough data" rather than the value:
   * the number is still given (for exports and aggregation) but says little.
   */
  enough: boolean;
}

export function noAnswers(): ScoreResult {
  return { value: null, low: null, high: null, n: 0, enough: false };
}

export function scoreResult(value: number, low: number, high: number, n: number): ScoreResult {
  return { value, low, high, n, enough: n >= MIN_SAMPLE };
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
