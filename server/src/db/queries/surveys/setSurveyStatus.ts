import type { Survey } from '../../../../../shared/schemas/survey.ts';
import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import { write } from '../../write.ts';
import { toSurvey } from './surveyRow.ts';

/** Pauses a survey, puts it live or back to draft; the survey as it now is, undefined when there is none. */
export function setSurveyStatus(db: Db, siteId: number, key: string, status: Survey['status'], now: number): Survey | undefined {
  const row = write(db, () =>
    statement(
      db,
      `UPDATE surveys
          SET status = @status, definition = json_set(definition, '$.status', @status),
              revision = revision + 1, updated_at = @now
        WHERE site_id = @siteId AND key = @key
       RETURNING definition`,
    ).get({ siteId, key, status, now }) as { definition: string } | undefined,
  );
  return row && toSurvey(row);
}
