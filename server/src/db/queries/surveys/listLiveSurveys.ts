import type { Survey } from '../../../../../shared/schemas/survey.ts';
import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import { toSurvey, type SurveyRow } from './surveyRow.ts';

/** The surveys the widget may show (status live), in the order they were created: the public config's. */
export function listLiveSurveys(db: Db, siteId: number): Survey[] {
  const rows = statement(
    db,
    "SELECT definition FROM surveys WHERE site_id = ? AND status = 'live' ORDER BY created_at, rowid",
  ).all(siteId) as Pick<SurveyRow, 'definition'>[];
  return rows.map(toSurvey);
}
