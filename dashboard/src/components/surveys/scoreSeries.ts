import type { DailyScore, QuestionResult } from '../../../../shared/schemas/surveyResults.ts';
import { addDays } from '../../../../shared/time/localDays.ts';
import { daysOfPeriod } from '../../state/dateRange.ts';

export interface ScoreSeries {
  /** The site's local days of the current period. */
  days: string[];
  /** The score over the 7 days to each day: the line (a day's own answers are too few to read a trend from). */
  week: (number | null)[];
  weekN: number[];
  /** Each day's own score, for the readout and the table. */
  day: (number | null)[];
  dayN: number[];
  /** The previous period's 7-day score on the day as far before as the period is long. */
  previous: (number | null)[];
  previousN: number[];
  previousDays: (string | null)[];
}

/**
 * The per-day scores of a question as chart series over every day of the
 * period; a day without answers is a gap. The collector lists only days whose
 * own or trailing week has answers, so the others are filled in here.
 */
export function scoreSeries(
  question: Pick<QuestionResult, 'daily' | 'previousDaily'>,
  period: { from: string; to: string },
  timeZone: string,
): ScoreSeries {
  const days = daysOfPeriod(period, timeZone);
  const current = new Map(question.daily.map((d) => [d.date, d]));
  const before = new Map(question.previousDaily.map((d) => [d.date, d]));
  const previousDays = days.map((date) => addDays(date, -days.length));
  const now = (date: string): DailyScore | undefined => current.get(date);
  const then = (date: string): DailyScore | undefined => before.get(date);
  return {
    days,
    week: days.map((date) => now(date)?.trailingWeek.value ?? null),
    weekN: days.map((date) => now(date)?.trailingWeek.n ?? 0),
    day: days.map((date) => now(date)?.score.value ?? null),
    dayN: days.map((date) => now(date)?.score.n ?? 0),
    previous: previousDays.map((date) => then(date)?.trailingWeek.value ?? null),
    previousN: previousDays.map((date) => then(date)?.trailingWeek.n ?? 0),
    previousDays,
  };
}
