import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import type { SiteRange } from '../ranges/dateRange.ts';

/** Columns a filter menu lists; a fixed set, never user text. */
export type ResponseFacet = 'path' | 'lang' | 'channel';

// A response is a page rating or a "What stopped you?" answer (the only ones
// without a rating), so the two halves read from covering indexes: ratings
// from responses_ratings, answers through responses_journey_time. Half the
// time of one pass over the table for a month of a million-a-year site.
const sql = (column: ResponseFacet) => `
  SELECT value FROM (
    SELECT ${column} AS value, count(*) AS n FROM responses
     WHERE site_id = @siteId AND created_at >= @from AND created_at < @to AND rating IS NOT NULL
     GROUP BY 1
    UNION ALL
    SELECT ${column} AS value, count(*) AS n FROM responses
     WHERE site_id = @siteId AND journey IS NOT NULL AND created_at >= @from AND created_at < @to
     GROUP BY 1
  )
   WHERE value IS NOT NULL
   GROUP BY value
   ORDER BY sum(n) DESC, value
   LIMIT @limit`;

/** The values a column takes in the range's responses, most frequent first (ties by value). */
export function countResponsesBy(db: Db, range: SiteRange, column: ResponseFacet, limit = -1): string[] {
  return statement(db, sql(column)).pluck().all({ ...range, limit }) as string[];
}
