import type { Db } from '../openDatabase.ts';
import { statement } from '../statement.ts';
import type { JourneyRange } from './journeyRange.ts';

export interface ReasonCount {
  step: string;
  reason: string;
  /** The category stored with the latest answer, for reasons the journey no longer lists. */
  category: string;
  count: number;
}

// With max(), SQLite takes the bare column reason_category from the row holding
// the maximum: the latest answer's category.
const SQL = `
  SELECT step, reason, reason_category AS category, count(*) AS count, max(created_at) AS latest
    FROM responses
   WHERE site_id = @siteId AND journey = @journey AND created_at >= @from AND created_at < @to
     AND type = 'abandon_reason' AND (@device IS NULL OR device = @device)
   GROUP BY step, reason
   ORDER BY step, count DESC, reason`;

/** "What stopped you?" answers per step and reason. */
export function getReasonCounts(db: Db, range: JourneyRange): ReasonCount[] {
  const rows = statement(db, SQL).all(range) as (ReasonCount & { latest: number })[];
  return rows.map(({ latest: _latest, ...row }) => row);
}
