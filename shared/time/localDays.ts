import { tzOffset } from '@date-fns/tz';

// A site's days are its own: a shop in Shanghai closes its day at 16:00 UTC,
// one in Berlin at 22:00 or 23:00 UTC as daylight saving comes and goes. Days
// are named by their local calendar date, `YYYY-MM-DD`, and the zone's rules
// come from the runtime's Intl data through @date-fns/tz, never from a table.
// Only its tzOffset is used, not TZDate: a Date subclass, which the test
// suites' pinned Date (tests/clock/pinClock.ts) cannot construct.

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a calendar day written `YYYY-MM-DD` (so not 2026-02-30). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))).toISOString().slice(0, 10) === value;
}

/** Days since 1970-01-01 of a calendar date; the same number whatever the zone. */
export function dayNumber(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) / DAY_MS;
}

/** The calendar date of a day number. */
export function dateOfDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The calendar date `days` after `day` (before, when negative). */
export function addDays(day: string, days: number): string {
  return dateOfDayNumber(dayNumber(day) + days);
}

/** The zone's offset from UTC at an instant, in ms (Berlin in summer: +7 200 000). */
export function offsetMs(timeZone: string, at: number): number {
  return Math.round(tzOffset(timeZone, new Date(at)) * 60_000);
}

/** The local calendar date an instant falls on in the zone. */
export function localDay(at: number, timeZone: string): string {
  return dateOfDayNumber(Math.floor((at + offsetMs(timeZone, at)) / DAY_MS));
}

/**
 * The first instant at which the zone's clocks show `wall` (a wall-clock time
 * written as if it were UTC ms). Each offset the zone uses within a day and a
 * half of it gives a candidate; when clocks jumped over that time, the instant
 * of the jump, which the earlier offset gives.
 */
function instantOfWall(wall: number, timeZone: string): number {
  const offsets = [...new Set([wall - 1.5 * DAY_MS, wall, wall + 1.5 * DAY_MS].map((at) => offsetMs(timeZone, at)))];
  const candidates = offsets.map((offset) => wall - offset);
  const exact = candidates.filter((at) => at + offsetMs(timeZone, at) === wall);
  return exact.length ? Math.min(...exact) : Math.max(...candidates);
}

/**
 * When a local day starts: its midnight, or the first instant after it when
 * the zone skips midnight (Santiago in September). A day ends where the next
 * one starts, so it lasts 23, 24 or 25 hours.
 */
export function localDayStart(day: string, timeZone: string): number {
  return instantOfWall(dayNumber(day) * DAY_MS, timeZone);
}

/** The same wall-clock time `days` local days later (earlier, when negative), across any change of offset. */
export function shiftLocalDays(at: number, days: number, timeZone: string): number {
  return instantOfWall(at + offsetMs(timeZone, at) + days * DAY_MS, timeZone);
}

/** The local days [from, to) touches, in order: what a daily series is drawn over. */
export function localDaysOf(from: number, to: number, timeZone: string): string[] {
  const days: string[] = [];
  for (let day = localDay(from, timeZone); localDayStart(day, timeZone) < to; day = addDays(day, 1)) days.push(day);
  return days;
}

/**
 * A `from` or `to` of a query as an instant: an ISO instant as it is; a date
 * as the site's local day, from its start (`from`) or, for `to`, to the start
 * of the next day, so the day named is included.
 */
export function boundInstant(value: string, timeZone: string, bound: 'from' | 'to'): number {
  if (!isIsoDate(value)) return Date.parse(value);
  return localDayStart(bound === 'to' ? addDays(value, 1) : value, timeZone);
}

/** True for an IANA zone name the runtime knows (`Asia/Shanghai`, `UTC`); not an offset such as `+08:00`. */
export function isTimeZone(value: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/.test(value)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** The zone's name as the runtime spells it (`asia/shanghai` → `Asia/Shanghai`). */
export function canonicalTimeZone(value: string): string {
  return new Intl.DateTimeFormat('en-US', { timeZone: value }).resolvedOptions().timeZone;
}

/**
 * How many local days [from, to) spans when both ends are at the same local
 * time of day (two midnights, or now and now a week ago), else null: what a
 * comparison period repeats, so a week with a 23-hour day is still 7 days.
 */
export function localDayCount(from: number, to: number, timeZone: string): number | null {
  const days = dayNumber(localDay(to, timeZone)) - dayNumber(localDay(from, timeZone));
  return shiftLocalDays(from, days, timeZone) === to ? days : null;
}

/** The period just before [from, to): as many local days when it is whole days, else as many hours. */
export function previousPeriod(from: number, to: number, timeZone: string): { from: number; to: number } {
  const days = localDayCount(from, to, timeZone);
  return { from: days === null ? from - (to - from) : shiftLocalDays(from, -days, timeZone), to: from };
}
