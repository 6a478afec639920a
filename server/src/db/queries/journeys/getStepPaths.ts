import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import type { JourneyRange } from '../ranges/journeyRange.ts';
import { journeyEventsWhere } from '../ranges/viewRange.ts';

export interface StepPath {
  step: string;
  /** The page most of the step's events were recorded on in the range (the first path among equals). */
  path: string;
}

const sql = (range: JourneyRange) => `
  SELECT step, path
    FROM (
      SELECT step, path, row_number() OVER (PARTITION BY step ORDER BY count(*) DESC, path) AS rank
        FROM journey_events
       WHERE ${journeyEventsWhere(range)} AND journey = @journey AND step IS NOT NULL
       GROUP BY step, path
    )
   WHERE rank = 1`;

/** The page each step of a journey happens on, to place its abandonments on the journey map. */
export function getStepPaths(db: Db, range: JourneyRange): StepPath[] {
  return statement(db, sql(range)).all(range) as StepPath[];
}
