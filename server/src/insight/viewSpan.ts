import { LIMITS } from '../../../shared/limits.ts';
import { boundInstant, shiftLocalDays } from '../../../shared/time/localDays.ts';
import { ApiError } from '../http/ApiError.ts';

/** Without `from`, a view reads the 30 days before `to`. */
const DEFAULT_DAYS = 30;

/**
 * A view's `?from&to` as instants, dates being the site's local days (`to`
 * included): without `to`, now; without `from`, the 30 local days before
 * `to`. A span over LIMITS.viewDays local days is refused, whichever bound was
 * left out: every view also reads the period of equal length before it, so an
 * unbounded span would let one request hold the only thread.
 */
export function viewSpan(query: { from?: string; to?: string }, now: number, timeZone: string): { from: number; to: number } {
  const to = query.to ? boundInstant(query.to, timeZone, 'to') : now;
  const from = query.from ? boundInstant(query.from, timeZone, 'from') : shiftLocalDays(to, -DEFAULT_DAYS, timeZone);
  if (from >= to) {
    throw new ApiError(400, 'invalid_payload', 'from must be before to.', [{ path: 'from', message: 'from must be before to' }]);
  }
  if (to > shiftLocalDays(from, LIMITS.viewDays, timeZone)) {
    const message = `from and to may be at most ${LIMITS.viewDays} days apart.`;
    throw new ApiError(400, 'invalid_payload', `The range is too long: ${message}`, [{ path: 'from', message }]);
  }
  return { from, to };
}
