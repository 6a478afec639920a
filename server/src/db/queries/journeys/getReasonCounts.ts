import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import type { JourneyRange } from '../ranges/journeyRange.ts';
import { abandonAnswersWhere } from '../ranges/viewRange.ts';

export interface ReasonCount {
  step: string;
  reason: string;
  /** The category stored with the latest answer, for reasons the journey no longer lists. */
  category: string;
  count: number;
}

// With max(), SQLite takes the bare column reason_category from the row holding
// the maximum: the latest answer's category.
const sql = (range: JourneyRange) => `
  SELECT step, reason, reason_category AS category, count(*) AS count, max(created_at) AS latest
    FROM responses
   WHERE ${abandonAnswersWhere(range)} AND journey = @journey AND type = 'abandon_reason'
   GROUP BY step, reason
   ORDER BY step, count DESC, reason`;

/** "What stopped you?" answers per step and reason. */
export function getReasonCounts(db: Db, range: JourneyRange): ReasonCount[] {
  const rows = statement(db, sql(range)).all(range) as (ReasonCount & { latest: number })[];
  return rows.map(({ latest: _latest, ...row }) => row);
}
