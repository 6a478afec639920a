import { dateOfDayNumber } from '../../../../../shared/time/localDays.ts';
import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import { localDayNumberSql } from '../ranges/localDaySql.ts';
import { responsesWhere, type ViewRange } from '../ranges/viewRange.ts';

export interface DailyCount {
  /** The site's local day, YYYY-MM-DD. */
  date: string;
  responses: number;
  avgRating: number | null;
}

/**
 * One row per local day (the site's zone) of the range that has ratings, in
 * order. Days nobody rated are left out, so the answer grows with the data,
 * not with the span.
 */
export function getDailyCounts(db: Db, range: ViewRange): DailyCount[] {
  const day = localDayNumberSql('created_at', range);
  const rows = statement(
    db,
    `SELECT ${day.sql} AS day, count(*) AS responses, avg(rating) AS avgRating
       FROM responses
      WHERE ${responsesWhere(range)} AND type = 'page_rating'
      GROUP BY day
      ORDER BY day`,
  ).all({ ...range, ...day.params }) as { day: number; responses: number; avgRating: number | null }[];
  return rows.map(({ day, ...counts }) => ({ date: dateOfDayNumber(day), ...counts }));
}
