import type { Funnel } from '../../../../shared/schemas/funnel.ts';
import { localDaysOf } from '../../../../shared/time/localDays.ts';

/** Series beyond this many reasons are summed into one, so the chart stays readable. */
export const MAX_TREND_SERIES = 5;
export const OTHER_SERIES = '__others__';

export interface TrendSeries {
  reason: string;
  label: string;
  counts: number[];
  total: number;
}

export interface ReasonTrend {
  /** The site's local days, `YYYY-MM-DD`, every day of the range. */
  days: string[];
  series: TrendSeries[];
}

/**
 * Answers per day for the most given reasons, every day of the range present
 * (zero when nobody answered), the rest summed as "Other reasons".
 */
export function reasonTrend(
  funnel: Pick<Funnel, 'from' | 'to' | 'reasonTrend'>,
  labelOf: (reason: string) => string,
  timeZone: string,
): ReasonTrend {
  const days = localDaysOf(Date.parse(funnel.from), Date.parse(funnel.to), timeZone);
  const index = new Map(days.map((day, i) => [day, i]));

  const byReason = new Map<string, number[]>();
  for (const point of funnel.reasonTrend) {
    const i = index.get(point.date);
    if (i === undefined) continue;
    const counts = byReason.get(point.reason) ?? new Array<number>(days.length).fill(0);
    counts[i]! += point.count;
    byReason.set(point.reason, counts);
  }

  const ranked = [...byReason.entries()]
    .map(([reason, counts]) => ({ reason, label: labelOf(reason), counts, total: counts.reduce((a, b) => a + b, 0) }))
    .sort((a, b) => b.total - a.total || a.label.localeCompare(b.label));
  if (ranked.length <= MAX_TREND_SERIES) return { days, series: ranked };

  const kept = ranked.slice(0, MAX_TREND_SERIES - 1);
  const rest = ranked.slice(MAX_TREND_SERIES - 1);
  const counts = days.map((_, i) => rest.reduce((sum, s) => sum + s.counts[i]!, 0));
  return {
    days,
    series: [...kept, { reason: OTHER_SERIES, label: 'Less common reasons', counts, total: counts.reduce((a, b) => a + b, 0) }],
  };
}
