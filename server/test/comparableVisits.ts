import type { PeakEndVisit } from '../src/insight/peakEndVisit.ts';

/**
 * Peak–end visits in a form two computations can be compared by: alike visits
 * counted together, sums rounded (they may add CES thirds in different orders).
 * The end's value is kept as is: it must match to the bit.
 */
export function comparable(visits: PeakEndVisit[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const { visits: n, ...v } of visits) {
    const key = JSON.stringify({ ...v, total: Math.round(v.total * 1e9) / 1e9 });
    counts.set(key, (counts.get(key) ?? 0) + n);
  }
  return [...counts.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1));
}
