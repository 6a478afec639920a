import type { Db } from '../openDatabase.ts';
import { statement } from '../statement.ts';
import type { JourneyRange } from './journeyRange.ts';

export interface FunnelTotals {
  visits: number;
  completed: number;
  /** Every visit that did not complete: it stopped at some step. */
  abandoned: number;
  /** "What stopped you?" answers. */
  answers: number;
}

const SQL = `
  WITH ev AS (
    SELECT visit_id, event
      FROM journey_events
     WHERE site_id = @siteId AND journey = @journey AND created_at >= @from AND created_at < @to
       AND (@device IS NULL OR device = @device)
  )
  SELECT (SELECT count(DISTINCT visit_id) FROM ev) AS visits,
         (SELECT count(DISTINCT visit_id) FROM ev WHERE event = 'completed') AS completed,
         (SELECT count(*)
            FROM responses
           WHERE site_id = @siteId AND journey = @journey AND created_at >= @from AND created_at < @to
             AND type = 'abandon_reason' AND (@device IS NULL OR device = @device)) AS answers`;

/** Whole-journey numbers for a range; used for the range shown and the one before it. */
export function getFunnelTotals(db: Db, range: JourneyRange): FunnelTotals {
  const row = statement(db, SQL).get(range) as Omit<FunnelTotals, 'abandoned'>;
  return { ...row, abandoned: row.visits - row.completed };
}
