import type { RatingHistogram } from '../../../../../shared/scores/ratingScale.ts';
import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import { HISTOGRAM_SUMS, rolledRatedRows } from '../ranges/ratedRows.ts';
import { responsesWhere, type ViewRange } from '../ranges/viewRange.ts';

export interface PathRatingCounts {
  path: string;
  /** Ratings 1…5 given on this path. */
  histogram: RatingHistogram;
}

// Every score is computed from these five counts (shared/scores/), so one pass
// over the range serves the pages, their touchpoints and the stages.
const sql = (range: ViewRange) => `
  SELECT path,
         sum(rating = 1) AS r1, sum(rating = 2) AS r2, sum(rating = 3) AS r3, sum(rating = 4) AS r4, sum(rating = 5) AS r5
    FROM responses
   WHERE ${responsesWhere(range)} AND rating IS NOT NULL
   GROUP BY path`;

/** How many of each rating every rated page got in the range. */
export function getPathRatingCounts(db: Db, range: ViewRange): PathRatingCounts[] {
  const rated = rolledRatedRows(db, range, ['path']);
  const rows = (
    rated ? statement(db, `SELECT path, ${HISTOGRAM_SUMS} FROM (${rated.sql}) GROUP BY path`).all(rated.params) : statement(db, sql(range)).all(range)
  ) as { path: string; r1: number; r2: number; r3: number; r4: number; r5: number }[];
  return rows.map(({ path, r1, r2, r3, r4, r5 }) => ({ path, histogram: [r1, r2, r3, r4, r5] }));
}
