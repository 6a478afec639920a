import type { Context } from 'hono';
import { dateRangeQuerySchema } from '../../../../shared/schemas/summary.ts';
import { validate } from '../validate.ts';

const DAY = 86_400_000;

/**
 * `?from&to` validated; without `from`, `defaultDays` before
 * `to` (or since the beginning when null); without `to`, now.
 */
export function rangeFromQuery(c: Context, now: number, defaultDays: number | null): { from: number; to: number } {
  const query = validate(dateRangeQuerySchema, c.req.query());
  const to = query.to ? Date.parse(query.to) : now;
  const from = query.from ? Date.parse(query.from) : defaultDays === null ? 0 : to - defaultDays * DAY;
  return { from, to };
}
