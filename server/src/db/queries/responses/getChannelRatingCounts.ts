import type { Channel } from '../../../../../shared/schemas/response.ts';
import type { RatingHistogram } from '../../../../../shared/scores/ratingScale.ts';
import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import { HISTOGRAM_SUMS, rolledRatedRows } from '../ranges/ratedRows.ts';
import { responsesWhere, type ViewRange } from '../ranges/viewRange.ts';

export interface ChannelRatingCounts {
  path: string;
  channel: Channel;
  /** Ratings 1…5 given on this page through this channel. */
  histogram: RatingHistogram;
}

// Same pass as getPathRatingCounts, one group more: path and channel are both
// in the covering index responses_ratings, so the read stays on the index.
const sql = (range: ViewRange) => `
  SELECT path, channel,
         sum(rating = 1) AS r1, sum(rating = 2) AS r2, sum(rating = 3) AS r3, sum(rating = 4) AS r4, sum(rating = 5) AS r5
    FROM responses
   WHERE ${responsesWhere(range)} AND rating IS NOT NULL
   GROUP BY path, channel`;

/** How many of each rating every page got through each channel in the range. */
export function getChannelRatingCounts(db: Db, range: ViewRange): ChannelRatingCounts[] {
  const rated = rolledRatedRows(db, range, ['path', 'channel']);
  const rows = (
    rated
      ? statement(db, `SELECT path, channel, ${HISTOGRAM_SUMS} FROM (${rated.sql}) GROUP BY path, channel`).all(rated.params)
      : statement(db, sql(range)).all(range)
  ) as {
    path: string;
    channel: Channel;
    r1: number;
    r2: number;
    r3: number;
    r4: number;
    r5: number;
  }[];
  return rows.map(({ path, channel, r1, r2, r3, r4, r5 }) => ({ path, channel, histogram: [r1, r2, r3, r4, r5] }));
}
