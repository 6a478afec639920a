import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import { write } from '../../write.ts';

/**
 * Removes the definition only: the journey's events and answers stay, so its
 * funnel can still be read. Returns false when there was no such journey.
 */
export function deleteJourney(db: Db, siteId: number, key: string): boolean {
  return write(db, () => statement(db, 'DELETE FROM journeys WHERE site_id = ? AND key = ?').run(siteId, key).changes === 1);
}
