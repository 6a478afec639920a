import type { Db } from '../openDatabase.ts';
import { statement } from '../statement.ts';
import { journeyEventsWhere, responsesWhere, type ViewRange } from './viewRange.ts';

/** One rated moment of a visit: a page rating, or an abandonment (rating null). */
export interface VisitMoment {
  visit_id: string;
  created_at: number;
  rating: number | null;
  path: string;
}

// Page ratings of visits, then abandonments of visits that rated something (a
// "What stopped you?" answer or a journey's abandoned event): the end of a
// visit that rated pages and then gave up is that abandonment. Unordered:
// grouping by visit in code is cheaper than SQLite sorting a month of rows. "journey IS NOT NULL" (every
// abandonment answer has one) lets SQLite read them through responses_journey_time.
const sql = (range: ViewRange) => `
  WITH rated AS MATERIALIZED (
    SELECT visit_id, created_at, rating, path FROM responses
     WHERE ${responsesWhere(range)} AND rating IS NOT NULL AND visit_id IS NOT NULL
  )
  SELECT visit_id, created_at, rating, path FROM rated
  UNION ALL
  SELECT visit_id, created_at, NULL, path FROM responses
   WHERE ${responsesWhere(range)} AND journey IS NOT NULL AND type = 'abandon_reason' AND visit_id IN (SELECT visit_id FROM rated)
  UNION ALL
  SELECT visit_id, created_at, NULL, path FROM journey_events
   WHERE ${journeyEventsWhere(range)} AND event = 'abandoned' AND visit_id IN (SELECT visit_id FROM rated)`;

/** Every rated moment of the range's visits, in no particular order. */
export function getVisitMoments(db: Db, range: ViewRange): VisitMoment[] {
  return statement(db, sql(range)).all(range) as VisitMoment[];
}
