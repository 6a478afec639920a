import { Z_95 } from './scoreResult.ts';

export interface Interval {
  low: number;
  high: number;
}

/**
 * The Wilson score interval for a proportion `successes / n` (Wilson 1927).
 * Unlike the textbook p ± z·√(p(1−p)/n) it stays inside 0–1 and does not
 * collapse to a width of zero at 0% or 100%, which matters for small pages.
 * With n = 0 nothing is known: 0–1.
 */
export function wilsonInterval(successes: number, n: number, z = Z_95): Interval {
  if (n <= 0) return { low: 0, high: 1 };
  const p = successes / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const halfWidth = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  // At 0% and 100% the bound is exactly 0 or 1; rounding would leave 1e-16 off.
  return {
    low: successes <= 0 ? 0 : Math.max(0, centre - halfWidth),
    high: successes >= n ? 1 : Math.min(1, centre + halfWidth),
  };
}
