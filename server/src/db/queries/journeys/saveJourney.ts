import type { Journey } from '../../../../../shared/schemas/journey.ts';
import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import { write } from '../../write.ts';

/**
 * Creates or replaces a journey definition; returns true when it is new.
 * Replacing keeps `created_at`, so the journey keeps its place in the list.
 */
export function saveJourney(db: Db, siteId: number, journey: Journey, now: number): boolean {
  const result = write(db, () =>
    statement(
      db,
      `INSERT INTO journeys (site_id, key, definition, created_at, updated_at)
       VALUES (@siteId, @key, @definition, @now, @now)
       ON CONFLICT (site_id, key) DO UPDATE
         SET definition = excluded.definition, revision = revision + 1, updated_at = excluded.updated_at
       RETURNING revision`,
    ).get({ siteId, key: journey.key, definition: JSON.stringify(journey), now }) as { revision: number },
  );
  return result.revision === 1;
}
