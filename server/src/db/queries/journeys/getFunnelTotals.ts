import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import type { JourneyRange } from '../ranges/journeyRange.ts';
import { abandonAnswersWhere, journeyEventsWhere } from '../ranges/viewRange.ts';

export interface FunnelTotals {
  visits: number;
  completed: number;
  /** Every visit that did not complete: it stopped at some step. */
  abandoned: number;
  /** "What stopped you?" answers. */
  answers: number;
}

const sql = (range: JourneyRange) => `
  WITH ev AS (
    SELECT visit_id, event
      FROM journey_events
     WHERE ${journeyEventsWhere(range)} AND journey = @journey
  )
  SELECT (SELECT count(DISTINCT visit_id) FROM ev) AS visits,
         (SELECT count(DISTINCT visit_id) FROM ev WHERE event = 'completed') AS completed,
         (SELECT count(*)
            FROM responses
           WHERE ${abandonAnswersWhere(range)} AND journey = @journey AND type = 'abandon_reason') AS answers`;

/** Whole-journey numbers for a range; used for the range shown and the one before it. */
export function getFunnelTotals(db: Db, range: JourneyRange): FunnelTotals {
  const row = statement(db, sql(range)).get(range) as Omit<FunnelTotals, 'abandoned'>;
  return { ...row, abandoned: row.visits - row.completed };
}
