import { zoneStretches } from './zoneStretches.ts';

const DAY_MS = 86_400_000;

/** The SQL of a local day number, and the parameters it reads, to bind with the range's. */
export interface LocalDaySql {
  sql: string;
  params: Record<string, number>;
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
  const [first, ...changes] = zoneStretches(range.timeZone, range.from, range.to);
  const params: Record<string, number> = { tzOffset0: first!.offsetMs };
  if (!changes.length) return { sql: `CAST((${column} + @tzOffset0) / ${DAY_MS} AS INTEGER)`, params };
  const branches = changes.map(({ fromAt, offsetMs }, i) => {
    params[`tzChange${i + 1}`] = fromAt;
    params[`tzOffset${i + 1}`] = offsetMs;
    return `WHEN ${column} < @tzChange${i + 1} THEN @tzOffset${i}`;
  });
  return { sql: `CAST((${column} + CASE ${branches.join(' ')} ELSE @tzOffset${changes.length} END) / ${DAY_MS} AS INTEGER)`, params };
}
