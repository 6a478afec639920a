import type { SiteRange } from '../ranges/dateRange.ts';
import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';

/** Visits of peak_end_visits (migration 10) alike in all peak–end reads of them, and how many. */
export interface RolledUpVisits {
  visits: number;
  rated: number;
  total: number;
  low: number;
  high: number;
  end_value: number;
  end_path: string;
  abandoned_path: string | null;
  nps: number | null;
}

// Read from the covering index peak_end_visits_range alone. Ratings are mostly
// whole numbers, so a month's tens of thousands of visits come back as a few
// thousand kinds of visit: building a JS object per visit would cost more than the
// whole scan.
const SQL = `
  SELECT count(*) AS visits, rated, total, low, high, end_value, end_path, abandoned_path, nps FROM peak_end_visits
   WHERE site_id = @siteId AND first_at >= @from AND first_at < @to AND last_at < @to AND rated >= 2
   GROUP BY rated, total, low, high, end_value, end_path, abandoned_path, nps`;

/** The visits with two or more ratings whose moments all fall inside [from, to), alike ones together. */
export function getRolledUpVisits(db: Db, range: SiteRange): RolledUpVisits[] {
  return statement(db, SQL).all(range) as RolledUpVisits[];
}
