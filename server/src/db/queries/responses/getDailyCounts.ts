import { dateOfDayNumber } from '../../../../../shared/time/localDays.ts';
import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import { localDayNumberSql } from '../ranges/localDaySql.ts';
import { rolledRatedRows, type RatedRowsSql } from '../ranges/ratedRows.ts';
import { responsesWhere, type ViewRange } from '../ranges/viewRange.ts';
import { AVG_RATING, ROLLED_AVG_RATING } from './csatShare.ts';

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
  const rated = rolledRatedRows(db, range, ['day']);
  return (rated ? rolledUp(db, rated) : fromRatings(db, range)).map(({ day, ...counts }) => ({ date: dateOfDayNumber(day), ...counts }));
}

type DayRow = { day: number; responses: number; avgRating: number | null };

function fromRatings(db: Db, range: ViewRange): DayRow[] {
  const day = localDayNumberSql('created_at', range);
  return statement(
    db,
    `SELECT ${day.sql} AS day, count(*) AS responses, ${AVG_RATING} AS avgRating
       FROM responses
      WHERE ${responsesWhere(range)} AND type = 'page_rating'
      GROUP BY day
      ORDER BY day`,
  ).all({ ...range, ...day.params }) as DayRow[];
}

function rolledUp(db: Db, rated: RatedRowsSql): DayRow[] {
  return statement(
    db,
    `SELECT day, sum(ratings) AS responses, ${ROLLED_AVG_RATING} AS avgRating
       FROM (${rated.sql})
      GROUP BY day
      ORDER BY day`,
  ).all(rated.params) as DayRow[];
}
