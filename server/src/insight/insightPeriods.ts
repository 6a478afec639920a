import type { InsightQuery } from '../../../shared/schemas/insightQuery.ts';
import type { InsightRange } from '../db/queries/insightRange.ts';

const DEFAULT_DAYS = 30;
const DAY = 86_400_000;

/** The range asked for and the one of equal length just before it, which every change is measured against. */
export interface InsightPeriods {
  current: InsightRange;
  previous: InsightRange;
}

/** Without `from`, the 30 days before `to`; without `to`, now (as the summary and the funnel). */
export function insightPeriods(siteId: number, query: InsightQuery, now = Date.now()): InsightPeriods {
  const to = query.to ? Date.parse(query.to) : now;
  const from = query.from ? Date.parse(query.from) : to - DEFAULT_DAYS * DAY;
  const device = query.device ?? null;
  return {
    current: { siteId, from, to, device },
    previous: { siteId, from: from - (to - from), to: from, device },
  };
}

export function periodOf(range: InsightRange): { from: string; to: string } {
  return { from: new Date(range.from).toISOString(), to: new Date(range.to).toISOString() };
}
