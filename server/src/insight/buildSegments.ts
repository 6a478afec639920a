import type { Segment, SegmentDimension, Segments } from '../../../shared/schemas/segments.ts';
import { averageRatingScore } from '../../../shared/scores/averageRating.ts';
import { csatScore } from '../../../shared/scores/csat.ts';
import { netExperienceScore } from '../../../shared/scores/netExperience.ts';
import { addHistogram, emptyHistogram, ratingsIn, type RatingHistogram } from '../../../shared/scores/ratingScale.ts';
import type { Db } from '../db/openDatabase.ts';
import { getSegmentRatingCounts } from '../db/queries/getSegmentRatingCounts.ts';
import { periodOf } from './insightPeriods.ts';
import type { ViewPeriods } from './viewPeriods.ts';

function segmentOf(key: string, histogram: RatingHistogram): Segment {
  return {
    key,
    n: ratingsIn(histogram),
    averageRating: averageRatingScore(histogram),
    csat: csatScore(histogram),
    netExperience: netExperienceScore(histogram),
  };
}

/** The rating scores split by one dimension, most ratings first, and all segments together. */
export function buildSegments(db: Db, siteKey: string, periods: ViewPeriods, by: SegmentDimension): Segments {
  const rows = getSegmentRatingCounts(db, periods.current, by);
  const all = rows.reduce((sum, row) => addHistogram(sum, row.histogram), emptyHistogram());
  return {
    site: siteKey,
    period: periodOf(periods.current),
    by,
    segments: rows.map((row) => segmentOf(row.key, row.histogram)).sort((a, b) => b.n - a.n || a.key.localeCompare(b.key)),
    all: segmentOf('all', all),
  };
}
