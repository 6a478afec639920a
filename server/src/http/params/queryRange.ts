import type { Context } from 'hono';
import { dateRangeQuerySchema } from '../../../../shared/schemas/summary.ts';
import { boundInstant, shiftLocalDays } from '../../../../shared/time/localDays.ts';
import { validate } from '../validate.ts';

/**
 * `?from&to` validated, dates being the site's local days (`to` included);
 * without `from`, `defaultDays` local days before `to` (or since the
 * beginning when null); without `to`, now.
 */
export function rangeFromQuery(c: Context, now: number, defaultDays: number | null, timeZone: string): { from: number; to: number } {
  const query = validate(dateRangeQuerySchema, c.req.query());
  const to = query.to ? boundInstant(query.to, timeZone, 'to') : now;
  const from = query.from ? boundInstant(query.from, timeZone, 'from') : defaultDays === null ? 0 : shiftLocalDays(to, -defaultDays, timeZone);
  return { from, to };
}
