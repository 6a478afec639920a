import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import { responsesWhere, type ViewRange } from '../ranges/viewRange.ts';

const DAY = 86_400_000;

export interface DailyCount {
  date: string;
  responses: number;
  avgRating: number | null;
}

/**
 * One row per UTC day of the range that has ratings, in order. Days nobody
 * rated are left out, so the answer grows with the data, not with the span.
 */
export function getDailyCounts(db: Db, range: ViewRange): DailyCount[] {
  const rows = statement(
    db,
    `SELECT created_at / ${DAY} AS day, count(*) AS responses, avg(rating) AS avgRating
       FROM responses
      WHERE ${responsesWhere(range)} AND type = 'page_rating'
      GROUP BY day
      ORDER BY day`,
  ).all(range) as { day: number; responses: number; avgRating: number | null }[];
  return rows.map(({ day, ...counts }) => ({ date: new Date(day * DAY).toISOString().slice(0, 10), ...counts }));
}
