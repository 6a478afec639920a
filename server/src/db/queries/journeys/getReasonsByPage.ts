import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import type { JourneyRange } from '../ranges/journeyRange.ts';
import { abandonAnswersWhere } from '../ranges/viewRange.ts';

export interface PageReasonCount {
  path: string;
  reason: string;
  count: number;
}

const sql = (range: JourneyRange) => `
  SELECT path, reason, count(*) AS count
    FROM responses
   WHERE ${abandonAnswersWhere(range)} AND journey = @journey AND type = 'abandon_reason'
   GROUP BY path, reason
   ORDER BY count DESC, path, reason
   LIMIT @limit`;

/** Answers per page and reason, most frequent first. */
export function getReasonsByPage(db: Db, range: JourneyRange, limit = 500): PageReasonCount[] {
  return statement(db, sql(range)).all({ ...range, limit }) as PageReasonCount[];
}
