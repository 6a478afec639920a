import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import { rolledRatedRows } from '../ranges/ratedRows.ts';
import { responsesWhere, type ViewRange } from '../ranges/viewRange.ts';
import { AVG_RATING, CSAT_SHARE, ROLLED_AVG_RATING, ROLLED_CSAT_SHARE } from './csatShare.ts';

export interface RatingTotals {
  responses: number;
  comments: number;
  avgRating: number | null;
  csat: number | null;
}

export function getRatingTotals(db: Db, range: ViewRange): RatingTotals {
  const rated = rolledRatedRows(db, range, [], { comments: true });
  if (rated) {
    return statement(
      db,
      `SELECT coalesce(sum(ratings), 0) AS responses, coalesce(sum(comments), 0) AS comments,
              ${ROLLED_AVG_RATING} AS avgRating, ${ROLLED_CSAT_SHARE} AS csat
         FROM (${rated.sql})`,
    ).get(rated.params) as RatingTotals;
  }
  return statement(
    db,
    `SELECT count(*) AS responses,
            count(comment) AS comments,
            ${AVG_RATING} AS avgRating,
            ${CSAT_SHARE} AS csat
       FROM responses
      WHERE ${responsesWhere(range)} AND type = 'page_rating'`,
  ).get(range) as RatingTotals;
}
