import { LIMITS } from '../../../shared/limits.ts';
import { ApiError } from '../http/ApiError.ts';

const DAY = 86_400_000;
/** Without `from`, a view reads the 30 days before `to`. */
const DEFAULT_DAYS = 30;

/**
 * A view's `?from&to` as instants: without `to`, now; without `from`, the 30
 * days before `to`. A span over LIMITS.viewDays is refused, whichever bound was
 * left out: every view also reads the period of equal length before it, so an
 * unbounded span would let one request hold the only thread.
 */
export function viewSpan(query: { from?: string; to?: string }, now: number): { from: number; to: number } {
  const to = query.to ? Date.parse(query.to) : now;
  const from = query.from ? Date.parse(query.from) : to - DEFAULT_DAYS * DAY;
  if (to - from > LIMITS.viewDays * DAY) {
    const message = `from and to may be at most ${LIMITS.viewDays} days apart.`;
    throw new ApiError(400, 'invalid_payload', `The range is too long: ${message}`, [{ path: 'from', message }]);
  }
  return { from, to };
}
