import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import type { JourneyRange } from '../ranges/journeyRange.ts';
import { abandonAnswersWhere } from '../ranges/viewRange.ts';

export interface ReasonExample {
  step: string;
  reason: string;
  otherText: string | null;
  comment: string | null;
}

const sql = (range: JourneyRange) => `
  SELECT step, reason, otherText, comment
    FROM (
      SELECT step, reason, other_text AS otherText, comment, created_at, id,
             row_number() OVER (PARTITION BY step, reason ORDER BY created_at DESC, id) AS rank
        FROM responses
       WHERE ${abandonAnswersWhere(range)} AND journey = @journey AND type = 'abandon_reason'
         AND (comment IS NOT NULL OR other_text IS NOT NULL)
    )
   WHERE rank <= @perReason
   ORDER BY step, reason, created_at DESC, id`;

/** The latest few written answers (comment or "other" text) per step and reason. */
export function getReasonExamples(db: Db, range: JourneyRange, perReason = 3): ReasonExample[] {
  return statement(db, sql(range)).all({ ...range, perReason }) as ReasonExample[];
}
