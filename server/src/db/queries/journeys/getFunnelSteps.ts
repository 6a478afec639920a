import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import type { JourneyRange } from '../ranges/journeyRange.ts';
import { journeyEventsWhere } from '../ranges/viewRange.ts';

export interface FunnelStepCounts {
  step: string;
  /** Visits with a `reached` or `abandoned` event at this step. */
  reached: number;
  /** Visits that did not complete and whose furthest step this was. */
  abandoned: number;
  /** Visits that reached this step and completed the journey. */
  completed: number;
}

/**
 * Per step, in funnel order: the declared steps first (even when nobody reached
 * them), then steps only seen in events (journeys declared by markup or script),
 * by where they first appear in visits on average, so one visit that started
 * mid-journey does not reorder the funnel.
 *
 * "Furthest" is by that order, not by time: a shopper who goes back from
 * payment to shipping has still reached payment. A visit with a `completed`
 * event never counts as abandoning; one that simply stopped sending events
 * (closed the tab, no beacon) counts as abandoning at its furthest step.
 *
 * One pass groups the events by visit: its furthest step, whether it completed,
 * and the steps it reached as a bit mask (so at most 62 steps in all; journeys
 * declare at most 12).
 */
const sql = (range: JourneyRange) => `
  WITH ev AS NOT MATERIALIZED (  -- read straight from the covering index each time: cheaper than a copy
    SELECT visit_id, step, event, created_at
      FROM journey_events
     WHERE ${journeyEventsWhere(range)} AND journey = @journey
  ),
  declared AS MATERIALIZED (
    SELECT value AS step, CAST(key AS INTEGER) AS pos FROM json_each(@declaredSteps)
  ),
  undeclared_first_seen AS (
    SELECT visit_id, step, min(created_at) AS at
      FROM ev
     WHERE event <> 'completed' AND step NOT IN (SELECT step FROM declared)
     GROUP BY visit_id, step
  ),
  undeclared AS (
    SELECT step, json_array_length(@declaredSteps) + row_number() OVER (ORDER BY avg(rank), min(at), step) - 1 AS pos
      FROM (SELECT step, at, row_number() OVER (PARTITION BY visit_id ORDER BY at, step) AS rank FROM undeclared_first_seen)
     GROUP BY step
  ),
  ordered AS MATERIALIZED (
    SELECT step, pos FROM declared UNION ALL SELECT step, pos FROM undeclared WHERE pos < 62
  ),
  per_visit AS MATERIALIZED (
    SELECT ev.visit_id, max(ordered.pos) AS furthest, max(ev.event = 'completed') AS completed,
           sum(DISTINCT 1 << ordered.pos) AS reached_mask
      FROM ev LEFT JOIN ordered ON ordered.step = ev.step AND ev.event <> 'completed'
     GROUP BY ev.visit_id
  )
  SELECT ordered.step,
         coalesce(sum(reached_mask & (1 << ordered.pos) <> 0), 0) AS reached,
         coalesce(sum(furthest = ordered.pos AND completed = 0), 0) AS abandoned,
         coalesce(sum(reached_mask & (1 << ordered.pos) <> 0 AND completed = 1), 0) AS completed
    FROM ordered LEFT JOIN per_visit ON true  -- every step, even when no visit reached it
   GROUP BY ordered.pos, ordered.step  -- one step per position
   ORDER BY ordered.pos`;

export function getFunnelSteps(db: Db, range: JourneyRange, declaredSteps: readonly string[]): FunnelStepCounts[] {
  return statement(db, sql(range)).all({ ...range, declaredSteps: JSON.stringify(declaredSteps) }) as FunnelStepCounts[];
}
