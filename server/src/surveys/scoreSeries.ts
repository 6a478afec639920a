import type { DailyScore } from '../../../shared/schemas/surveyResults.ts';
import { surveyScore } from '../../../shared/scores/surveyScore.ts';
import type { ScoreQuestionType } from '../../../shared/surveyScales.ts';
import type { ScoreDayCount } from '../db/queries/surveys/getSurveyScoreCounts.ts';
import { dateOfDayNumber as dateOf, dayNumber, localDay } from '../../../shared/time/localDays.ts';
import { scoreCounts } from './scoreCounts.ts';

/** A trailing week: the day and the 6 before it. */
const WEEK_DAYS = 7;

/** The rows grouped by day number (their dates are the site's local days). */
function byDay(rows: readonly ScoreDayCount[]): Map<number, ScoreDayCount[]> {
  const days = new Map<number, ScoreDayCount[]>();
  for (const row of rows) {
    const day = dayNumber(row.date);
    const rowsOfDay = days.get(day);
    if (rowsOfDay) rowsOfDay.push(row);
    else days.set(day, [row]);
  }
  return days;
}

/**
 * A score question's score per local day of [from, to) in the site's zone, from its own answers
 * (`rows`), and over the 7 days to it (`pool`, which reaches before the
 * period). Only days whose own or trailing week has answers are listed, so the
 * series grows with the days that have data, never with the span; a day left
 * out has no answers at all (value null).
 */
export function scoreSeries(
  type: ScoreQuestionType,
  rows: readonly ScoreDayCount[],
  pool: readonly ScoreDayCount[],
  period: { from: number; to: number; timeZone: string },
): DailyScore[] {
  const own = byDay(rows);
  const pooled = byDay(pool);
  const first = dayNumber(localDay(period.from, period.timeZone));
  const last = dayNumber(localDay(period.to - 1, period.timeZone));
  const listed = new Set<number>();
  for (const day of pooled.keys()) {
    for (let d = Math.max(day, first); d < day + WEEK_DAYS && d <= last; d++) listed.add(d);
  }
  return [...listed]
    .sort((a, b) => a - b)
    .map((day) => {
      const week: ScoreDayCount[] = [];
      for (let d = day - WEEK_DAYS + 1; d <= day; d++) week.push(...(pooled.get(d) ?? []));
      return {
        date: dateOf(day),
        score: surveyScore(type, scoreCounts(type, own.get(day) ?? [])),
        trailingWeek: surveyScore(type, scoreCounts(type, week)),
      };
    });
}
