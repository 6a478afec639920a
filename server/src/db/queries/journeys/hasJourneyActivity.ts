import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';

/** Whether a journey key ever received an event or an answer, at any time. */
export function hasJourneyActivity(db: Db, siteId: number, journey: string): boolean {
  const found = statement(
    db,
    `SELECT EXISTS (SELECT 1 FROM journey_events WHERE site_id = @siteId AND journey = @journey)
         OR EXISTS (SELECT 1 FROM responses WHERE site_id = @siteId AND journey = @journey)`,
  )
    .pluck()
    .get({ siteId, journey }) as number;
  return found === 1;
}
