import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import { rolledRatedRows } from '../ranges/ratedRows.ts';
import { responsesWhere, type ViewRange } from '../ranges/viewRange.ts';
import { AVG_RATING, CSAT_SHARE, ROLLED_AVG_RATING, ROLLED_CSAT_SHARE } from './csatShare.ts';

export interface PageScore {
  path: string;
  responses: number;
  avgRating: number | null;
  csat: number | null;
}

const ORDER = `ORDER BY avgRating IS NULL, avgRating ASC, responses DESC, path LIMIT @limit`;

/** Per page path, worst average rating first; busier pages first among equals. */
export function getPageScores(db: Db, range: ViewRange, limit = 200): PageScore[] {
  const rated = rolledRatedRows(db, range, ['path']);
  if (rated) {
    return statement(
      db,
      `SELECT path, sum(ratings) AS responses, ${ROLLED_AVG_RATING} AS avgRating, ${ROLLED_CSAT_SHARE} AS csat
         FROM (${rated.sql})
        GROUP BY path
        ${ORDER}`,
    ).all({ ...rated.params, limit }) as PageScore[];
  }
  return statement(
    db,
    `SELECT path,
            count(*) AS responses,
            ${AVG_RATING} AS avgRating,
            ${CSAT_SHARE} AS csat
       FROM responses
      WHERE ${responsesWhere(range)} AND type = 'page_rating'
      GROUP BY path
      ${ORDER}`,
  ).all({ ...range, limit }) as PageScore[];
}
