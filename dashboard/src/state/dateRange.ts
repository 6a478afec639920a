// Ranges are whole local days of the site's time zone, because the collector
// buckets its daily series by those days: the dashboard sends the dates and
// the collector cuts them in the site's zone, so "today" in Shanghai starts at
// 16:00 UTC the day before, whatever zone the viewer's browser is in.
import { LIMITS } from '../../../shared/limits.ts';
import { addDays, dayNumber, isIsoDate, localDay, localDaysOf } from '../../../shared/time/localDays.ts';

/** An inclusive range of the site's local calendar days, each `YYYY-MM-DD`. */
export interface DateRange {
  from: string;
  to: string;
}

export const PRESET_DAYS = [7, 30, 90] as const;
export type PresetDays = (typeof PRESET_DAYS)[number];
export const DEFAULT_PRESET: PresetDays = 30;

/** Today in the site's zone. */
export function siteToday(now: Date, timeZone: string): string {
  return localDay(now.getTime(), timeZone);
}

/** Number of days in the range, both ends included. */
export function rangeLengthInDays(range: DateRange): number {
  return dayNumber(range.to) - dayNumber(range.from) + 1;
}

/** The site's local days an API period [from, to) touches, in order: what a daily series is drawn over. */
export function daysOfPeriod(period: { from: string; to: string }, timeZone: string): string[] {
  return localDaysOf(Date.parse(period.from), Date.parse(period.to), timeZone);
}

/** The last `days` days of the site, today included. */
export function presetRange(days: number, now: Date, timeZone: string): DateRange {
  const to = siteToday(now, timeZone);
  return { from: addDays(to, -(days - 1)), to };
}

/** Which preset button, if any, the range corresponds to today. */
export function matchingPreset(range: DateRange, now: Date, timeZone: string): PresetDays | undefined {
  return PRESET_DAYS.find((days) => {
    const preset = presetRange(days, now, timeZone);
    return preset.from === range.from && preset.to === range.to;
  });
}

/** A sentence saying what is wrong with a custom range, or null when it is usable. */
export function rangeProblem(range: DateRange): string | null {
  if (!isIsoDate(range.from)) return 'Enter a start date.';
  if (!isIsoDate(range.to)) return 'Enter an end date.';
  if (range.from > range.to) return 'The start date must be on or before the end date.';
  // The collector refuses longer spans; a shared link asking for one falls back to the default range.
  if (rangeLengthInDays(range) > LIMITS.viewDays) return `Choose at most ${LIMITS.viewDays} days.`;
  return null;
}

/** What the views' endpoints take: the dates themselves, which the collector reads as the site's local days, `to` included. */
export function toApiRange(range: DateRange): { from: string; to: string } {
  return { from: range.from, to: range.to };
}
