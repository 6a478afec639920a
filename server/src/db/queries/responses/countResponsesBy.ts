import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import type { SiteRange } from '../ranges/dateRange.ts';
import { ratedRowsSql } from '../ranges/ratedRows.ts';
import { ratingDaysPlan } from '../ranges/ratingDaysPlan.ts';
import { unfilteredRange } from '../ranges/viewRange.ts';

/** Columns a filter menu lists; a fixed set, never user text. */
export type ResponseFacet = 'path' | 'lang' | 'channel';

// A response is a page rating or a "What stopped you?" answer (the only ones
// without a rating), so the two halves read apart: ratings from rating_days
// (or, when it cannot serve the range, the covering index responses_ratings),
// answers through responses_journey_time.
const ANSWERS = (column: ResponseFacet) => `
    SELECT ${column} AS value, count(*) AS n FROM responses
     WHERE site_id = @siteId AND journey IS NOT NULL AND created_at >= @from AND created_at < @to
     GROUP BY 1`;
const RATINGS = (column: ResponseFacet) => `
    SELECT ${column} AS value, count(*) AS n FROM responses
     WHERE site_id = @siteId AND created_at >= @from AND created_at < @to AND rating IS NOT NULL
     GROUP BY 1`;
const sql = (ratings: string, column: ResponseFacet) => `
  SELECT value FROM (${ratings}
    UNION ALL${ANSWERS(column)}
  )
   WHERE value IS NOT NULL
   GROUP BY value
   ORDER BY sum(n) DESC, value
   LIMIT @limit`;

/** The values a column takes in the range's responses, most frequent first (ties by value). */
export function countResponsesBy(db: Db, range: SiteRange & { timeZone: string }, column: ResponseFacet, limit = -1): string[] {
  const plan = ratingDaysPlan(db, unfilteredRange(range));
  if (plan) {
    const rated = ratedRowsSql(unfilteredRange(range), plan, [column]);
    const ratings = `
    SELECT ${column} AS value, sum(ratings) AS n FROM (${rated.sql})
     GROUP BY 1`;
    return statement(db, sql(ratings, column)).pluck().all({ ...rated.params, limit }) as string[];
  }
  return statement(db, sql(RATINGS(column), column)).pluck().all({ ...range, limit }) as string[];
}
