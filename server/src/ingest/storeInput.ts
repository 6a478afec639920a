import type { Device, ResponseInput } from '../../../shared/schemas/response.ts';
import type { Db } from '../db/openDatabase.ts';
import { findJourney } from '../db/queries/journeys/findJourney.ts';
import { findSurvey } from '../db/queries/surveys/findSurvey.ts';
import { insertAbandonAnswer } from '../db/queries/journeys/insertAbandonAnswer.ts';
import { insertJourneyEvent } from '../db/queries/journeys/insertJourneyEvent.ts';
import { insertResponse } from '../db/queries/responses/insertResponse.ts';
import { insertSurveyAnswer } from '../db/queries/surveys/insertSurveyAnswer.ts';
import { insertSurveyEvent } from '../db/queries/surveys/insertSurveyEvent.ts';
import type { StoredSite } from '../db/queries/sites/siteRow.ts';
import { abandonAnswerRow } from './abandonAnswerRow.ts';
import { journeyEventRow } from './journeyEventRow.ts';
import { pageRatingRow } from './pageRatingRow.ts';
import { surveyAnswerRow } from './surveyAnswerRow.ts';
import { surveyEventRow } from './surveyEventRow.ts';
import type { StoreMeta } from './storeMeta.ts';

export interface RequestMeta {
  device: Device;
  now: number;
  /** privacy/visitorHash.ts: never the address itself. */
  visitorHash?: string;
}

/**
 * Stores one validated input from the widget in the table its type belongs to.
 * The rows are built by ingest/ (shared with `POST /api/sites/:siteKey/import`).
 */
export function storeInput(db: Db, site: StoredSite, input: ResponseInput, meta: RequestMeta): void {
  const stored: StoreMeta = {
    siteId: site.id,
    device: meta.device,
    channel: 'web',
    visitorHash: meta.visitorHash,
    createdAt: meta.now,
    receivedAt: meta.now,
    at: '',
  };
  switch (input.type) {
    case 'page_rating':
      insertResponse(db, pageRatingRow(input, stored));
      return;
    case 'journey_event':
      insertJourneyEvent(db, journeyEventRow(input, stored));
      return;
    case 'abandon_reason':
      insertAbandonAnswer(db, abandonAnswerRow(findJourney(db, site.id, input.journey), input, stored));
      return;
    case 'survey_answer':
      insertSurveyAnswer(db, surveyAnswerRow(findSurvey(db, site.id, input.survey), input, stored));
      return;
    case 'survey_event':
      insertSurveyEvent(db, surveyEventRow(findSurvey(db, site.id, input.survey), input, stored));
      return;
    default:
      input satisfies never;
  }
}
