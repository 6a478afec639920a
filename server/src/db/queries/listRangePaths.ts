import type { Db } from '../openDatabase.ts';
import { statement } from '../statement.ts';
import type { SiteRange } from './dateRange.ts';

/** Every page path that got a response in the range: a touchpoint filter picks from these. */
export function listRangePaths(db: Db, range: SiteRange): string[] {
  return statement(
    db,
    `SELECT DISTINCT path FROM responses WHERE site_id = @siteId AND created_at >= @from AND created_at < @to`,
  )
    .pluck()
    .all(range) as string[];
}
