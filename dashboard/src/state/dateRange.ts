// Ranges are whole UTC days because the collector buckets its daily series by
// UTC day; local-midnight boundaries would cut the first and last bars in half.
import { LIMITS } from '../../../shared/limits.ts';

/** An inclusive range of UTC calendar days, each `YYYY-MM-DD`. */
export interface DateRange {
  from: string;
  to: string;
}

export const PRESET_DAYS = [7, 30, 90] as const;
export type PresetDays = (typeof PRESET_DAYS)[number];
export const DEFAULT_PRESET: PresetDays = 30;

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written `YYYY-MM-DD` (so not 2026-02-30). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

export function utcDay(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  return utcDay(new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS));
}

/** Number of days in the range, both ends included. */
export function rangeLengthInDays(range: DateRange): number {
  return Math.round((Date.parse(`${range.to}T00:00:00Z`) - Date.parse(`${range.from}T00:00:00Z`)) / DAY_MS) + 1;
}

/** The UTC days an API period [from, to) touches, in order: what a daily series is drawn over. */
export function daysOfPeriod(period: { from: string; to: string }): string[] {
  const days: string[] = [];
  for (let day = utcDay(new Date(period.from)); Date.parse(`${day}T00:00:00Z`) < Date.parse(period.to); day = addDays(day, 1)) days.push(day);
  return days;
}

/** The last `days` days, today included. */
export function presetRange(days: number, now: Date): DateRange {
  const to = utcDay(now);
  return { from: addDays(to, -(days - 1)), to };
}

/** Which preset button, if any, the range corresponds to today. */
export function matchingPreset(range: DateRange, now: Date): PresetDays | undefined {
  return PRESET_DAYS.find((days) => {
    const preset = presetRange(days, now);
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

/** The instants the summary endpoint expects: start of `from`, start of the day after `to`. */
export function toApiRange(range: DateRange): { from: string; to: string } {
  return {
    from: `${range.from}T00:00:00.000Z`,
    to: `${addDays(range.to, 1)}T00:00:00.000Z`,
  };
}
