import type { Db } from '../db/openDatabase.ts';
import { getRolledUpVisits } from '../db/queries/getRolledUpVisits.ts';
import { getVisitMoments } from '../db/queries/getVisitMoments.ts';
import { listStraddlingVisits } from '../db/queries/listStraddlingVisits.ts';
import type { ViewRange } from '../db/queries/viewRange.ts';
import { visitFromRollup, visitsFromMoments, type PeakEndVisit } from './peakEndVisit.ts';

/** The rollup holds whole visits, so it answers only for a range narrowed by nothing but its dates. */
function isUnfiltered(range: ViewRange): boolean {
  return (
    !range.device && !range.channel && !range.lang && range.paths === null && range.returning === null &&
    range.attrKey === null && !range.theme && !range.tag
  );
}

/** Every moment of the range, grouped by visit: the exact answer, and the filtered views' path. */
export function exactPeakEndVisits(db: Db, range: ViewRange): PeakEndVisit[] {
  return visitsFromMoments(getVisitMoments(db, range));
}

/**
 * The range's visits with two or more ratings. Unfiltered: the visits wholly
 * inside the range from the rollup (peak_end_visits), and the few that cross its
 * edges from their moments inside it, which gives exactly what
 * exactPeakEndVisits gives (server/test/peakEndRollup.test.ts).
 */
export function peakEndVisits(db: Db, range: ViewRange): PeakEndVisit[] {
  if (!isUnfiltered(range)) return exactPeakEndVisits(db, range);
  const inside = getRolledUpVisits(db, range).map(visitFromRollup);
  const straddling = listStraddlingVisits(db, range);
  if (straddling.length === 0) return inside;
  return [...inside, ...visitsFromMoments(getVisitMoments(db, range, straddling))];
}
