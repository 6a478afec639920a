import type { SiteRange } from '../ranges/dateRange.ts';
import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';

// A visit reaching into [from, to) starts at most the longest visit's span before it (peak_end_visits_span).
const LONGEST = `SELECT max(last_at - first_at) FROM peak_end_visits WHERE site_id = ?`;

const SQL = `
  SELECT visit_id FROM peak_end_visits
   WHERE site_id = @siteId AND first_at >= @from - @longest AND first_at < @to AND rated >= 1
     AND ((first_at < @from AND last_at >= @from) OR last_at >= @to)`;

/** The visits with moments both inside [from, to) and outside it, at either edge. */
export function listStraddlingVisits(db: Db, range: SiteRange): string[] {
  const longest = (statement(db, LONGEST).pluck().get(range.siteId) as number | null) ?? 0;
  return statement(db, SQL).pluck().all({ ...range, longest }) as string[];
}
