import { dateOfDayNumber } from '../../../../../shared/time/localDays.ts';
import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import type { JourneyRange } from '../ranges/journeyRange.ts';
import { localDayNumberSql } from '../ranges/localDaySql.ts';
import { abandonAnswersWhere } from '../ranges/viewRange.ts';

export interface ReasonDayCount {
  /** The site's local day, YYYY-MM-DD. */
  date: string;
  reason: string;
  count: number;
}

const sql = (range: JourneyRange, day: string) => `
  SELECT ${day} AS day, reason, count(*) AS count
    FROM responses
   WHERE ${abandonAnswersWhere(range)} AND journey = @journey AND type = 'abandon_reason'
   GROUP BY day, reason
   ORDER BY day, reason`;

/** Answers per reason per local day of the site; days without answers are left out. */
export function getReasonTrend(db: Db, range: JourneyRange): ReasonDayCount[] {
  const day = localDayNumberSql('created_at', range);
  const rows = statement(db, sql(range, day.sql)).all({ ...range, ...day.params }) as { day: number; reason: string; count: number }[];
  return rows.map(({ day, reason, count }) => ({ date: dateOfDayNumber(day), reason, count }));
}
