import type { Survey } from '../../../../../shared/schemas/survey.ts';
import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import { toSurvey, type SurveyRow } from './surveyRow.ts';

export function findSurvey(db: Db, siteId: number, key: string): Survey | undefined {
  const row = statement(db, 'SELECT definition FROM surveys WHERE site_id = ? AND key = ?').get(siteId, key) as
    | Pick<SurveyRow, 'definition'>
    | undefined;
  return row && toSurvey(row);
}
