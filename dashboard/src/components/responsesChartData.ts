import type { Summary } from '../../../shared/schemas/summary.ts';
import { daysOfPeriod } from '../state/dateRange.ts';

/** uPlot's column layout: x in Unix seconds, then one array per series. */
export type DailyChartData = [days: number[], responses: number[], avgRating: (number | null)[]];

/** Every local day of the period: the collector lists only days with ratings, a day without any is 0 responses. */
export function everyDay(summary: Pick<Summary, 'daily' | 'from' | 'to'>, timeZone: string): Summary['daily'] {
  const byDate = new Map(summary.daily.map((d) => [d.date, d]));
  return daysOfPeriod(summary, timeZone).map((date) => byDate.get(date) ?? { date, responses: 0, avgRating: null });
}

export function toChartData(daily: Summary['daily']): DailyChartData {
  return [
    daily.map((d) => Date.parse(`${d.date}T00:00:00Z`) / 1000),
    daily.map((d) => d.responses),
    daily.map((d) => d.avgRating),
  ];
}

/** Room for the y axis: a little headroom above the busiest day, never a 0–0 scale. */
export function responsesAxisMax(responses: readonly number[]): number {
  const max = Math.max(0, ...responses);
  if (max === 0) return 5;
  return Math.ceil(max * 1.15);
}
