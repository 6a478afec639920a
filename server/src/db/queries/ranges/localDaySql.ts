import { tzScan } from '@date-fns/tz';
import { offsetMs } from '../../../../../shared/time/localDays.ts';

const DAY_MS = 86_400_000;
const QUARTER_HOUR_MS = 900_000;

/** The SQL of a local day number, and the parameters it reads, to bind with the range's. */
export interface LocalDaySql {
  sql: string;
  params: Record<string, number>;
}

/**
 * When the zone's offset changes inside [from, to), to the quarter hour:
 * tzScan finds the hour; every zone's offsets and changes fall on quarter
 * hours (Newfoundland's at 05:30 UTC), so the quarters before it settle it.
 */
function offsetChanges(timeZone: string, from: number, to: number): number[] {
  if (!(to > from)) return [];
  return tzScan(timeZone, { start: new Date(from), end: new Date(to) })
    .map(({ date }) => {
      let at = +date;
      const after = offsetMs(timeZone, at);
      while (at - QUARTER_HOUR_MS > from && offsetMs(timeZone, at - QUARTER_HOUR_MS) === after) at -= QUARTER_HOUR_MS;
      return at;
    })
    .filter((at) => at > from && at < to);
}

/**
 * The local day number (days since 1970-01-01 on the zone's calendar) of the
 * instant in `column`, for rows of [from, to): the instant plus the zone's
 * offset at it, divided into days. The offsets are worked out here, one per
 * stretch between changes of clocks (none in most ranges, two a year where
 * daylight saving is kept), so SQLite only adds and divides while it reads the
 * range's index: no row is read twice and nothing is scanned per day.
 * The statement's text depends only on how many changes the range holds.
 */
export function localDayNumberSql(column: string, range: { from: number; to: number; timeZone: string }): LocalDaySql {
  const changes = offsetChanges(range.timeZone, range.from, range.to);
  const params: Record<string, number> = { tzOffset0: offsetMs(range.timeZone, range.from) };
  if (!changes.length) return { sql: `CAST((${column} + @tzOffset0) / ${DAY_MS} AS INTEGER)`, params };
  const branches = changes.map((at, i) => {
    params[`tzChange${i + 1}`] = at;
    params[`tzOffset${i + 1}`] = offsetMs(range.timeZone, at);
    return `WHEN ${column} < @tzChange${i + 1} THEN @tzOffset${i}`;
  });
  return { sql: `CAST((${column} + CASE ${branches.join(' ')} ELSE @tzOffset${changes.length} END) / ${DAY_MS} AS INTEGER)`, params };
}
