/** The hour of Monday, on the site's clock, from which the week's digest goes out. */
export const DIGEST_HOUR = 8;

export interface DigestWeek {
  /** The local date of the Monday it goes out on: one digest per team and week. */
  week: string;
  /** The Monday before, 00:00 local, to this Monday, 00:00 local: 167, 168 or 169 hours across a DST change. */
  from: number;
  to: number;
}

interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  weekday: number;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const formats = new Map<string, Intl.DateTimeFormat>();

// Intl, not a Date subclass (@date-fns/tz's TZDate): the suites pin the clock by replacing the global Date,
// which a subclass made after the pin does not survive.
function localParts(ms: number, timeZone: string): LocalParts {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', weekday: 'short' });
    formats.set(timeZone, format);
  }
  const parts = format.formatToParts(ms);
  const value = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)!.value;
  return {
    year: +value('year'),
    month: +value('month'),
    day: +value('day'),
    hour: +value('hour'),
    minute: +value('minute'),
    weekday: WEEKDAYS.indexOf(value('weekday')),
  };
}

const MINUTE = 60_000;

/** The instant a local date's midnight is: the zone's offset is looked up at the guess and again at the answer, so a DST change that day is met. */
function localMidnight(year: number, month: number, day: number, timeZone: string): number {
  const wall = Date.UTC(year, month - 1, day);
  const offsetAt = (ms: number) => {
    const p = localParts(ms, timeZone);
    return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute) - Math.floor(ms / MINUTE) * MINUTE;
  };
  const first = wall - offsetAt(wall);
  return wall - offsetAt(first);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A day as the site's calendar shows it, YYYY-MM-DD. */
export function localDate(ms: number, timeZone: string): string {
  const { year, month, day } = localParts(ms, timeZone);
  return `${year}-${pad(month)}-${pad(day)}`;
}

/**
 * The digest due at `now` on the site's clock: on Monday from 08:00 to
 * midnight, local, the week that ended at this Monday's 00:00; null on every
 * other day and hour. Local midnights come from the zone's rules, never from
 * adding 24 hours, so the weeks around a DST change start on the right hour.
 */
export function dueDigestWeek(now: number, timeZone: string): DigestWeek | null {
  const local = localParts(now, timeZone);
  if (local.weekday !== 1 || local.hour < DIGEST_HOUR) return null;
  const monday = Date.UTC(local.year, local.month - 1, local.day);
  const weekBefore = new Date(monday - 7 * 86_400_000);
  return {
    week: `${local.year}-${pad(local.month)}-${pad(local.day)}`,
    from: localMidnight(weekBefore.getUTCFullYear(), weekBefore.getUTCMonth() + 1, weekBefore.getUTCDate(), timeZone),
    to: localMidnight(local.year, local.month, local.day, timeZone),
  };
}
