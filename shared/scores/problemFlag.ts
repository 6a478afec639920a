import { compareCounts } from './compareCounts.ts';

/** A problem with no occurrences last period is "new" from this many on. */
export const NEW_PROBLEM_MIN = 5;
/** A problem is "growing" when it at least doubled… */
export const GROWING_RATIO = 2;

export type ProblemFlag = 'new' | 'growing' | null;

/**
 * Flags a problem by how its count (negative ratings + abandonments) moved
 * against the previous period of equal length:
 * - `new`: none last period and at least NEW_PROBLEM_MIN now;
 * - `growing`: at least GROWING_RATIO times last period's count and the
 *   increase is significant (compareCounts), so 1 → 2 is never "growing".
 */
export function problemFlag(current: number, previous: number): ProblemFlag {
  if (previous === 0) return current >= NEW_PROBLEM_MIN ? 'new' : null;
  const change = compareCounts(current, previous);
  return current >= GROWING_RATIO * previous && change.significant && change.delta > 0 ? 'growing' : null;
}
