import type { Segment, SegmentDimension, Segments } from '../../../shared/schemas/segments.ts';
import { averageRatingScore } from '../../../shared/scores/averageRating.ts';
import { csatScore } from '../../../shared/scores/csat.ts';
import { netExperienceScore } from '../../../shared/scores/netExperience.ts';
import { addHistogram, emptyHistogram, ratingsIn, type RatingHistogram } from '../../../shared/scores/ratingScale.ts';
import type { Db } from '../db/openDatabase.ts';
import { getSegmentRatingCounts, type SegmentRatingCounts } from '../db/queries/responses/getSegmentRatingCounts.ts';
import { listTouchpoints } from '../db/queries/sites/listTouchpoints.ts';
import { periodOf } from './periodOf.ts';
import { TouchpointLookup } from './touchpointBuckets.ts';
import type { ViewPeriods } from './viewPeriods.ts';

/** Pages on no touchpoint, as a segment of their own. */
export const UNMAPPED_SEGMENT = 'unmapped';

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
  const counts = getSegmentRatingCounts(db, periods.current, by);
  const rows = by === 'touchpoint' ? byTouchpoint(counts, new TouchpointLookup(listTouchpoints(db, periods.current.siteId))) : counts;
  const all = rows.reduce((sum, row) => addHistogram(sum, row.histogram), emptyHistogram());
  return {
    site: siteKey,
    period: periodOf(periods.current),
    by,
    segments: rows.map((row) => segmentOf(row.key, row.histogram)).sort((a, b) => b.n - a.n || a.key.localeCompare(b.key)),
    all: segmentOf('all', all),
  };
}

/** Pages added up into the touchpoint each belongs to (the first whose rule matches, as on the journey map). */
function byTouchpoint(pages: readonly SegmentRatingCounts[], lookup: TouchpointLookup): SegmentRatingCounts[] {
  const segments = new Map<string, RatingHistogram>();
  for (const page of pages) {
    const key = lookup.of(page.key)?.key ?? UNMAPPED_SEGMENT;
    segments.set(key, addHistogram(segments.get(key) ?? emptyHistogram(), page.histogram));
  }
  return [...segments].map(([key, histogram]) => ({ key, histogram }));
}
