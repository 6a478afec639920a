import type { Db } from '../openDatabase.ts';
import { statement } from '../statement.ts';
import type { JourneyRange } from './journeyRange.ts';

export interface PageReasonCount {
  path: string;
  reason: string;
  count: number;
}

const SQL = `
  SELECT path, reason, count(*) AS count
    FROM responses
   WHERE site_id = @siteId AND journey = @journey AND created_at >= @from AND created_at < @to
     AND type = 'abandon_reason' AND (@device IS NULL OR device = @device)
   GROUP BY path, reason
   ORDER BY count DESC, path, reason
   LIMIT @limit`;

/** Answers per page and reason, most frequent first. */
export function getReasonsByPage(db: Db, range: JourneyRange, limit = 500): PageReasonCount[] {
  return statement(db, SQL).all({ ...range, limit }) as PageReasonCount[];
}
