import { addDays, dayNumber, localDay, localDayStart, offsetMs } from '../../../../shared/time/localDays.ts';

/** The hour of Monday, on the site's clock, from which the week's digest goes out. */
export const DIGEST_HOUR = 8;

export interface DigestWeek {
  /** The local date of the Monday it goes out on: one digest per team and week. */
  week: string;
  /** The Monday before, 00:00 local, to this Monday, 00:00 local: 167, 168 or 169 hours across a DST change. */
  from: number;
  to: number;
}

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

/** A day as the site's calendar shows it, YYYY-MM-DD. */
export const localDate = localDay;

/**
 * The digest due at `now` on the site's clock: on Monday from 08:00 to
 * midnight, local, the week that ended at this Monday's 00:00; null on every
 * other day and hour. Local midnights come from the zone's rules
 * (shared/time/localDays.ts), never from adding 24 hours, so the weeks around
 * a DST change start on the right hour.
 */
export function dueDigestWeek(now: number, timeZone: string): DigestWeek | null {
  const today = localDay(now, timeZone);
  // Day number 0 (1970-01-01) was a Thursday: Monday is 4 days on.
  const isMonday = (((dayNumber(today) - 4) % 7) + 7) % 7 === 0;
  const hour = Math.floor((((now + offsetMs(timeZone, now)) % DAY_MS) + DAY_MS) % DAY_MS / HOUR_MS);
  if (!isMonday || hour < DIGEST_HOUR) return null;
  return { week: today, from: localDayStart(addDays(today, -7), timeZone), to: localDayStart(today, timeZone) };
}
