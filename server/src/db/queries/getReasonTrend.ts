import type { Db } from '../openDatabase.ts';
import { statement } from '../statement.ts';
import type { JourneyRange } from './journeyRange.ts';

const DAY = 86_400_000;

export interface ReasonDayCount {
  date: string;
  reason: string;
  count: number;
}

const SQL = `
  SELECT created_at / ${DAY} AS day, reason, count(*) AS count
    FROM responses
   WHERE site_id = @siteId AND journey = @journey AND created_at >= @from AND created_at < @to
     AND type = 'abandon_reason' AND (@device IS NULL OR device = @device)
   GROUP BY day, reason
   ORDER BY day, reason`;

/** Answers per reason per UTC day; days without answers are left out. */
export function getReasonTrend(db: Db, range: JourneyRange): ReasonDayCount[] {
  const rows = statement(db, SQL).all(range) as { day: number; reason: string; count: number }[];
  return rows.map(({ day, reason, count }) => ({ date: new Date(day * DAY).toISOString().slice(0, 10), reason, count }));
}
