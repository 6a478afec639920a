import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import type { SiteRange } from '../ranges/dateRange.ts';
import { ratedRowsSql } from '../ranges/ratedRows.ts';
import { ratingDaysPlan } from '../ranges/ratingDaysPlan.ts';
import { unfilteredRange } from '../ranges/viewRange.ts';

// Journey events and survey answers too: a touchpoint filter on the funnel or
// a survey must keep pages where nobody rated anything. Each part is made
// distinct on its own (a few pages each) before they are merged; responses are
// read as ratings (from rating_days_pages, or covered by responses_ratings when
// it cannot serve the range) and "What stopped you?" answers (the only
// responses without a rating, through responses_journey_time).
const RATED = `SELECT DISTINCT path FROM responses
                  WHERE site_id = @siteId AND created_at >= @from AND created_at < @to AND rating IS NOT NULL`;
const sql = (rated: string) => `
  SELECT * FROM (${rated})
  UNION
  SELECT * FROM (SELECT DISTINCT path FROM responses
                  WHERE site_id = @siteId AND journey IS NOT NULL AND created_at >= @from AND created_at < @to)
  UNION
  SELECT * FROM (SELECT DISTINCT path FROM journey_events WHERE site_id = @siteId AND created_at >= @from AND created_at < @to)
  UNION
  SELECT * FROM (SELECT DISTINCT path FROM survey_answers WHERE site_id = @siteId AND created_at >= @from AND created_at < @to)`;

/** Every page path with a response, journey event or survey answer in the range: a touchpoint filter picks from these. */
export function listRangePaths(db: Db, range: SiteRange & { timeZone: string }): string[] {
  const plan = ratingDaysPlan(db, unfilteredRange(range));
  if (!plan) return statement(db, sql(RATED)).pluck().all(range) as string[];
  const rated = ratedRowsSql(unfilteredRange(range), plan, ['path']);
  return statement(db, sql(`SELECT DISTINCT path FROM (${rated.sql})`)).pluck().all(rated.params) as string[];
}
