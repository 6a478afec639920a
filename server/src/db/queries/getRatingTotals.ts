import { CSAT_SATISFIED_MIN } from '../../../../shared/scores.ts';
import type { Db } from '../openDatabase.ts';
import { statement } from '../statement.ts';
import type { SiteRange } from './dateRange.ts';

export interface RatingTotals {
  responses: number;
  comments: number;
  avgRating: number | null;
  csat: number | null;
}

export function getRatingTotals(db: Db, range: SiteRange): RatingTotals {
  return statement(
    db,
    `SELECT count(*) AS responses,
            count(comment) AS comments,
            avg(rating) AS avgRating,
            avg(CASE WHEN rating IS NULL THEN NULL WHEN rating >= ${CSAT_SATISFIED_MIN} THEN 1.0 ELSE 0.0 END) AS csat
       FROM responses
      WHERE site_id = @siteId AND type = 'page_rating' AND created_at >= @from AND created_at < @to`,
  ).get(range) as RatingTotals;
}
