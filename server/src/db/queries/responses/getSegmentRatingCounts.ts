import type { SegmentDimension } from '../../../../../shared/schemas/segments.ts';
import type { RatingHistogram } from '../../../../../shared/scores/ratingScale.ts';
import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import { HISTOGRAM_SUMS, rolledRatedRows, type RatedDimension } from '../ranges/ratedRows.ts';
import { responsesWhere, type ViewRange } from '../ranges/viewRange.ts';

// The column (or expression) each dimension groups by; a fixed list, never user text.
// Languages group by their primary subtag, so en-US and en-GB are one segment.
// Touchpoints are found from the page in code (insight/buildSegments.ts), as on the journey map.
const SEGMENT_EXPRESSIONS = {
  device: `coalesce(device, 'unknown')`,
  channel: `channel`,
  lang: `coalesce(lower(CASE WHEN instr(lang, '-') > 0 THEN substr(lang, 1, instr(lang, '-') - 1) ELSE lang END), 'unknown')`,
  visitor: `CASE returning_visitor WHEN 1 THEN 'returning' WHEN 0 THEN 'new' ELSE 'unknown' END`,
  touchpoint: `path`,
  // The attribute's name is a parameter (@segmentAttribute), never spliced into the SQL; rated rows
  // (ranges/ratedRows.ts) name their set `attributes` as responses do.
  attr: `coalesce((SELECT value FROM json_each(attributes) WHERE key = @segmentAttribute), 'unknown')`,
} as const;

/** The column of rated rows (ranges/ratedRows.ts) each dimension's expression reads. */
const ROLLED_COLUMN: Record<keyof typeof SEGMENT_EXPRESSIONS, RatedDimension> = {
  device: 'device',
  channel: 'channel',
  lang: 'lang',
  visitor: 'returning_visitor',
  touchpoint: 'path',
  attr: 'attributes',
};

export interface SegmentRatingCounts {
  /** The segment's value; for `touchpoint`, the page (its touchpoint is found in code). */
  key: string;
  histogram: RatingHistogram;
}

/** How many of each rating (1–5) every segment got in the range. */
export function getSegmentRatingCounts(db: Db, range: ViewRange, by: SegmentDimension): SegmentRatingCounts[] {
  const attribute = by.startsWith('attr:') ? by.slice('attr:'.length) : null;
  const dimension = attribute === null ? (by as keyof typeof SEGMENT_EXPRESSIONS) : 'attr';
  const expression = SEGMENT_EXPRESSIONS[dimension];
  const rated = rolledRatedRows(db, range, [ROLLED_COLUMN[dimension]]);
  const sql = rated
    ? `SELECT ${expression} AS key, ${HISTOGRAM_SUMS} FROM (${rated.sql}) GROUP BY 1`
    : `
    SELECT ${expression} AS key,
           sum(rating = 1) AS r1, sum(rating = 2) AS r2, sum(rating = 3) AS r3, sum(rating = 4) AS r4, sum(rating = 5) AS r5
      FROM responses
     WHERE ${responsesWhere(range)} AND rating IS NOT NULL
     GROUP BY 1`;
  const rows = statement(db, sql).all({ ...(rated ? rated.params : range), segmentAttribute: attribute }) as {
    key: string;
    r1: number;
    r2: number;
    r3: number;
    r4: number;
    r5: number;
  }[];
  return rows.map(({ key, r1, r2, r3, r4, r5 }) => ({ key: String(key), histogram: [r1, r2, r3, r4, r5] }));
}
