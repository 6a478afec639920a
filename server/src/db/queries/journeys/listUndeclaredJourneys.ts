import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';

/**
 * Journey keys that have events but no definition: journeys declared by markup
 * or script on the site's pages, so the dashboard can still show their funnel.
 */
export function listUndeclaredJourneys(db: Db, siteId: number): string[] {
  return statement(
    db,
    `SELECT DISTINCT journey
       FROM journey_events
      WHERE site_id = @siteId
        AND journey NOT IN (SELECT key FROM journeys WHERE site_id = @siteId)
      ORDER BY journey`,
  )
    .pluck()
    .all({ siteId }) as string[];
}
