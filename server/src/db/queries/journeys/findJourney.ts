import type { Journey } from '../../../../../shared/schemas/journey.ts';
import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import { toJourney, type JourneyRow } from './journeyRow.ts';

export function findJourney(db: Db, siteId: number, key: string): Journey | undefined {
  const row = statement(db, 'SELECT key, definition FROM journeys WHERE site_id = ? AND key = ?').get(siteId, key) as
    | JourneyRow
    | undefined;
  return row && toJourney(row);
}
