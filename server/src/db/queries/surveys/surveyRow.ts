import type { Survey } from '../../../../../shared/schemas/survey.ts';

export interface SurveyRow {
  definition: string;
  updated_at: number;
}

/** Definitions are validated before they are stored, so reading them back needs no second check. */
export function toSurvey(row: Pick<SurveyRow, 'definition'>): Survey {
  return JSON.parse(row.definition) as Survey;
}
