import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import type { JourneyRange } from '../ranges/journeyRange.ts';
import { abandonAnswersWhere } from '../ranges/viewRange.ts';

const DAY = 86_400_000;

export interface ReasonDayCount {
  date: string;
  reason: string;
  count: number;
}

const sql = (range: JourneyRange) => `
  SELECT created_at / ${DAY} AS day, reason, count(*) AS count
    FROM responses
   WHERE ${abandonAnswersWhere(range)} AND journey = @journey AND type = 'abandon_reason'
   GROUP BY day, reason
   ORDER BY day, reason`;

/** Answers per reason per UTC day; days without answers are left out. */
export function getReasonTrend(db: Db, range: JourneyRange): ReasonDayCount[] {
  const rows = statement(db, sql(range)).all(range) as { day: number; reason: string; count: number }[];
  return rows.map(({ day, reason, count }) => ({ date: new Date(day * DAY).toISOString().slice(0, 10), reason, count }));
}
