import type { SurveyEventInput } from '../../../shared/schemas/response.ts';
import type { Survey } from '../../../shared/schemas/survey.ts';
import type { NewSurveyEvent } from '../db/queries/surveys/insertSurveyEvent.ts';
import { invalidField } from '../http/invalidField.ts';
import type { StoreMeta } from './storeMeta.ts';

/** The `survey_events` row of a shown, dismissed or completed survey; a 400 naming `survey` when the site has no such survey. */
export function surveyEventRow(survey: Survey | undefined, input: Omit<SurveyEventInput, 'site'>, meta: StoreMeta): NewSurveyEvent {
  if (!survey) throw invalidField(`${meta.at}survey`, `${input.survey} is not a survey of this site`);
  return {
    id: input.id,
    siteId: meta.siteId,
    visitId: input.visitId,
    survey: survey.key,
    event: input.event,
    path: input.path,
    device: meta.device,
    createdAt: meta.createdAt,
    receivedAt: meta.receivedAt,
  };
}
