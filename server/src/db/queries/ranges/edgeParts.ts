const HOUR_MS = 3_600_000;

/** A part of a range's edge: rows read one by one, or whole UTC hours of an hourly rollup (rating_hours_pages, term_hours). */
type EdgePart = { hours: boolean; from: number; to: number };

/**
 * An edge [from, to) of a range, all on one local day: its whole UTC hours
 * from an hourly rollup when the query can read one, the part of an hour at
 * each end from the rows themselves (SQL's hour numbers truncate, so only from 1970 on).
 */
export function edgeParts(from: number, to: number, hourly: boolean): EdgePart[] {
  const firstHour = Math.ceil(from / HOUR_MS) * HOUR_MS;
  const lastHour = Math.floor(to / HOUR_MS) * HOUR_MS;
  if (!hourly || from < 0 || firstHour >= lastHour) return [{ hours: false, from, to }];
  return [
    { hours: false, from, to: firstHour },
    { hours: true, from: firstHour / HOUR_MS, to: lastHour / HOUR_MS },
    { hours: false, from: lastHour, to },
  ].filter((part) => part.to > part.from);
}
