import type { Db } from '../openDatabase.ts';
import { statement } from '../statement.ts';
import { responsesWhere, type ViewRange } from './viewRange.ts';

const DAY = 86_400_000;

export interface DailyCount {
  date: string;
  responses: number;
  avgRating: number | null;
}

/** One row per UTC day in the range, including days nobody answered. */
export function getDailyCounts(db: Db, range: ViewRange): DailyCount[] {
  const rows = statement(
    db,
    `SELECT created_at / ${DAY} AS day, count(*) AS responses, avg(rating) AS avgRating
       FROM responses
      WHERE ${responsesWhere(range)} AND type = 'page_rating'
      GROUP BY day`,
  ).all(range) as { day: number; responses: number; avgRating: number | null }[];
  const byDay = new Map(rows.map((r) => [r.day, r]));
  const days: DailyCount[] = [];
  for (let day = Math.floor(range.from / DAY); day * DAY < range.to; day++) {
    const row = byDay.get(day);
    days.push({
      date: new Date(day * DAY).toISOString().slice(0, 10),
      responses: row?.responses ?? 0,
      avgRating: row?.avgRating ?? null,
    });
  }
  return days;
}
