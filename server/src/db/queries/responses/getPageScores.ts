import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import { responsesWhere, type ViewRange } from '../ranges/viewRange.ts';
import { CSAT_SHARE } from './csatShare.ts';

export interface PageScore {
  path: string;
  responses: number;
  avgRating: number | null;
  csat: number | null;
}

/** Per page path, worst average rating first; busier pages first among equals. */
export function getPageScores(db: Db, range: ViewRange, limit = 200): PageScore[] {
  return statement(
    db,
    `SELECT path,
            count(*) AS responses,
            avg(rating) AS avgRating,
            ${CSAT_SHARE} AS csat
       FROM responses
      WHERE ${responsesWhere(range)} AND type = 'page_rating'
      GROUP BY path
      ORDER BY avgRating IS NULL, avgRating ASC, responses DESC, path
      LIMIT @limit`,
  ).all({ ...range, limit }) as PageScore[];
}
