import type { Survey } from '../../../../../shared/schemas/survey.ts';
import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import { toSurvey, type SurveyRow } from './surveyRow.ts';

export interface ListedSurveyRow {
  survey: Survey;
  updatedAt: number;
}

/** Every survey of a site, whatever its status, in the order they were created. */
export function listSurveys(db: Db, siteId: number): ListedSurveyRow[] {
  const rows = statement(
    db,
    'SELECT definition, updated_at FROM surveys WHERE site_id = ? ORDER BY created_at, rowid',
  ).all(siteId) as SurveyRow[];
  return rows.map((row) => ({ survey: toSurvey(row), updatedAt: row.updated_at }));
}
