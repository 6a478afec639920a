import type { Survey } from '../../../../../shared/schemas/survey.ts';
import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import { write } from '../../write.ts';

/**
 * Creates or replaces a survey; returns true when it is new. Replacing keeps
 * `created_at`, so the survey keeps its place in the list.
 */
export function saveSurvey(db: Db, siteId: number, survey: Survey, now: number): boolean {
  const result = write(db, () =>
    statement(
      db,
      `INSERT INTO surveys (site_id, key, definition, status, created_at, updated_at)
       VALUES (@siteId, @key, @definition, @status, @now, @now)
       ON CONFLICT (site_id, key) DO UPDATE
         SET definition = excluded.definition, status = excluded.status,
             revision = revision + 1, updated_at = excluded.updated_at
       RETURNING revision`,
    ).get({ siteId, key: survey.key, definition: JSON.stringify(survey), status: survey.status, now }) as { revision: number },
  );
  return result.revision === 1;
}
