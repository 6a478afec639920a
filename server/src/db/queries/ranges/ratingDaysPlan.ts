import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import type { ViewRange } from './viewRange.ts';
import { zoneStretches, type ZoneStretch } from './zoneStretches.ts';

const DAY_MS = 86_400_000;
/** Zones are less than a day off UTC, so which day an instant falls on depends only on offsets within two days of it. */
const MARGIN_MS = 2 * DAY_MS;

/** How a range is read when rating_days can serve it. */
export interface RatingDaysPlan {
  /** The whole local days [dayFrom, dayTo) inside the range: from rating_days. */
  dayFrom: number;
  dayTo: number;
  /** The rest, read from the ratings themselves: [from, headTo) and [tailFrom, to). */
  headTo: number;
  tailFrom: number;
}

/** A local day number as SQL computes it (ranges/localDaySql.ts): truncated, not floored. */
const dayOf = (at: number, stretches: readonly ZoneStretch[]) => Math.trunc((at + offsetAt(at, stretches)) / DAY_MS);

function offsetAt(at: number, stretches: readonly ZoneStretch[]): number {
  let offset = stretches[0]!.offsetMs;
  for (const s of stretches) if (s.fromAt <= at) offset = s.offsetMs;
  return offset;
}

/** The first wall-clock time (instant plus offset) whose truncated day number is `day`. */
const firstWallOf = (day: number) => (day > 0 ? day * DAY_MS : (day - 1) * DAY_MS + 1);

/** The first instant whose day is `day` or later, where days only go forward. */
function firstInstantOf(day: number, stretches: readonly ZoneStretch[], end: number): number {
  for (const [i, s] of stretches.entries()) {
    const at = Math.max(s.fromAt, firstWallOf(day) - s.offsetMs);
    if (at < (stretches[i + 1]?.fromAt ?? end)) return at;
  }
  return end;
}

/**
 * Days only go forward unless clocks go back across midnight (Brazil until
 * 2019: 00:00 back to 23:00): then a day comes back, its rows are not one
 * stretch of time, and the range is read from the ratings.
 */
const daysGoForward = (stretches: readonly ZoneStretch[]) =>
  stretches.every((s, i) => i === 0 || dayOf(s.fromAt - 1, stretches) <= dayOf(s.fromAt, stretches));

/** Consecutive stretches with one offset are one. */
const merged = (stretches: readonly ZoneStretch[]) =>
  stretches.filter((s, i) => i === 0 || s.offsetMs !== stretches[i - 1]!.offsetMs).map((s) => `${s.fromAt}:${s.offsetMs}`).join(' ');

const RECOUNTING = 'SELECT 1 FROM rating_days_recounts WHERE site_id = ?';
const STORED = `
  SELECT from_at AS fromAt, offset_ms AS offsetMs FROM site_day_offsets
   WHERE site_id = @siteId AND from_at < @end
     AND from_at >= coalesce((SELECT max(from_at) FROM site_day_offsets WHERE site_id = @siteId AND from_at <= @start), @start)
   ORDER BY from_at`;

/** Whether the offsets rating_days was counted with (site_day_offsets; UTC where none) are the runtime's over [start, end). */
function storedOffsetsAre(db: Db, siteId: number, stretches: readonly ZoneStretch[], start: number, end: number): boolean {
  const stored = statement(db, STORED).all({ siteId, start, end }) as ZoneStretch[];
  const inForce = stored[0] && stored[0].fromAt <= start ? stored.shift()!.offsetMs : 0;
  return merged([{ fromAt: start, offsetMs: inForce }, ...stored]) === merged(stretches);
}

/**
 * How to read the range's ratings through rating_days (migration 34), or null
 * when it cannot: a filter it does not hold (attribute, theme, tag), no whole
 * local day inside the range, days that go back, a recount in a new zone not
 * yet done (sites/recountRatingDays.ts), or stored offsets that are not the
 * runtime's (a site not yet synced after migration 34, or new zone rules): the
 * views then read the ratings themselves, as before.
 */
export function ratingDaysPlan(db: Db, range: ViewRange): RatingDaysPlan | null {
  if (range.attrKey !== null || range.theme || range.tag) return null;
  const start = range.from - MARGIN_MS;
  const end = range.to + MARGIN_MS;
  const stretches = zoneStretches(range.timeZone, start, end);
  if (!daysGoForward(stretches)) return null;
  const fromDay = dayOf(range.from, stretches);
  const dayFrom = dayOf(range.from - 1, stretches) < fromDay ? fromDay : fromDay + 1;
  const dayTo = dayOf(range.to, stretches);
  if (dayFrom >= dayTo) return null;
  if (statement(db, RECOUNTING).get(range.siteId) || !storedOffsetsAre(db, range.siteId, stretches, start, end)) return null;
  return { dayFrom, dayTo, headTo: firstInstantOf(dayFrom, stretches, end), tailFrom: firstInstantOf(dayTo, stretches, end) };
}
