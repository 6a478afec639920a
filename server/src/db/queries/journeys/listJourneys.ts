import type { Journey } from '../../../../../shared/schemas/journey.ts';
import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import { toJourney, type JourneyRow } from './journeyRow.ts';

/** A site's journeys in the order they were first declared. */
export function listJourneys(db: Db, siteId: number): Journey[] {
  const rows = statement(
    db,
    'SELECT key, definition FROM journeys WHERE site_id = ? ORDER BY created_at, rowid',
  ).all(siteId) as JourneyRow[];
  return rows.map(toJourney);
}
