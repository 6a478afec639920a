import type { BusinessHours } from '../../../shared/schemas/teams.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * The instant `hours` of the team's time after `start`: around the clock
 * without business hours, else counting only the hours inside them (UTC), so
 * a complaint on Friday evening is due on Monday, not on Saturday.
 */
export function slaDue(start: number, hours: number, businessHours?: BusinessHours): number {
  if (!businessHours) return start + hours * HOUR;
  let left = hours * HOUR;
  let at = start;
  // Walk day by day; a year of days at most (the schemas cap the hours).
  for (let guard = 0; guard < 3700; guard++) {
    const dayStart = Math.floor(at / DAY) * DAY;
    const open = dayStart + businessHours.start * HOUR;
    const close = dayStart + businessHours.end * HOUR;
    if (businessHours.days.includes(new Date(dayStart).getUTCDay()) && at < close) {
      const from = Math.max(at, open);
      if (from + left <= close) return from + left;
      left -= close - from;
    }
    at = dayStart + DAY;
  }
  return at;
}
