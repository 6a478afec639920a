import { CSAT_SATISFIED_MIN } from '../../../../../shared/scores/ratingScale.ts';
import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import { responsesWhere, type ViewRange } from '../ranges/viewRange.ts';

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
            avg(CASE WHEN rating IS NULL THEN NULL WHEN rating >= ${CSAT_SATISFIED_MIN} THEN 1.0 ELSE 0.0 END) AS csat
       FROM responses
      WHERE ${responsesWhere(range)} AND type = 'page_rating'`,
  ).get(range) as RatingTotals;
}
