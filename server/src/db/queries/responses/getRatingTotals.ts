import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import { responsesWhere, type ViewRange } from '../ranges/viewRange.ts';
import { CSAT_SHARE } from './csatShare.ts';

export interface RatingTotals {
  responses: number;
  comments: number;
  avgRating: number | null;
  csat: number | null;
}

export function getRatingTotals(db: Db, range: ViewRange): RatingTotals {
  return statement(
    db,
    `SELECT count(*) AS responses,
            count(comment) AS comments,
            avg(rating) AS avgRating,
            ${CSAT_SHARE} AS csat
       FROM responses
      WHERE ${responsesWhere(range)} AND type = 'page_rating'`,
  ).get(range) as RatingTotals;
}
