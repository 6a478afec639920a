import type { Db } from '../openDatabase.ts';
import { statement } from '../statement.ts';
import type { SiteRange } from './dateRange.ts';

const DAY = 86_400_000;

export interface DailyCount {
  date: string;
  responses: number;
  avgRating: number | null;
}

/** One row per UTC day in the range, including days nobody answered. */
export function getDailyCounts(db: Db, range: SiteRange): DailyCount[] {
  const rows = statement(
    db,
    `SELECT created_at / ${DAY} AS day, count(*) AS responses, avg(rating) AS avgRating
       FROM responses
      WHERE site_id = @siteId AND type = 'page_rating' AND created_at >= @from AND created_at < @to
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
