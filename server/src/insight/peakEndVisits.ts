import type { Db } from '../db/openDatabase.ts';
import { getGroupedVisits } from '../db/queries/responses/getGroupedVisits.ts';
import { getRolledUpVisits } from '../db/queries/responses/getRolledUpVisits.ts';
import { getVisitMoments } from '../db/queries/responses/getVisitMoments.ts';
import { listStraddlingVisits } from '../db/queries/responses/listStraddlingVisits.ts';
import type { ViewRange } from '../db/queries/ranges/viewRange.ts';
import { visitFromRollup, visitsFromMoments, type PeakEndVisit } from './peakEndVisit.ts';

/** The rollup holds whole visits, so it answers only for a range narrowed by nothing but its dates. */
function isUnfiltered(range: ViewRange): boolean {
  return (
    !range.device && !range.channel && !range.lang && range.paths === null && range.returning === null &&
    range.attrKey === null && !range.theme && !range.tag
  );
}

/**
 * Every moment of the range, grouped by visit in code: the simple definition
 * the SQL grouping (getGroupedVisits) and the rollup are tested against.
 */
export function exactPeakEndVisits(db: Db, range: ViewRange): PeakEndVisit[] {
  return visitsFromMoments(getVisitMoments(db, range));
}

/**
 * The range's visits with two or more ratings. Unfiltered: the visits wholly
 * inside the range from the rollup (peak_end_visits), and the few that cross its
 * edges from their moments inside it. Filtered: from the moments that pass the
 * filters, grouped in SQL. Both give exactly what exactPeakEndVisits gives
 * (server/test/peakEndRollup.test.ts, server/test/peakEndFiltered.test.ts).
 */
export function peakEndVisits(db: Db, range: ViewRange): PeakEndVisit[] {
  if (!isUnfiltered(range)) return getGroupedVisits(db, range).map(visitFromRollup);
  const inside = getRolledUpVisits(db, range).map(visitFromRollup);
  const straddling = listStraddlingVisits(db, range);
  if (straddling.length === 0) return inside;
  return [...inside, ...getGroupedVisits(db, range, straddling).map(visitFromRollup)];
}
