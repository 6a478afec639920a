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
import { groupCommit } from './groupCommit.ts';

export interface RequestMeta {
  device: Device;
  now: number;
  /** privacy/visitorHash.ts: never the address itself. */
  visitorHash?: string;
}

/**
 * Stores one validated input from the widget in the table its type belongs to;
 * resolves once the commit holding it is on disk (ingest/groupCommit.ts).
 * The rows are built by ingest/ (shared with `POST /api/sites/:siteKey/import`),
 * here, before queueing, so the commit does only the inserts.
 */
export function storeInput(db: Db, site: StoredSite, input: ResponseInput, meta: RequestMeta): Promise<unknown> {
  const queue = groupCommit(db);
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
    case 'page_rating': {
      const row = pageRatingRow(input, stored);
      return queue.submit(() => insertResponse(db, row));
    }
    case 'journey_event': {
      const row = journeyEventRow(input, stored);
      return queue.submit(() => insertJourneyEvent(db, row));
    }
    case 'abandon_reason': {
      const row = abandonAnswerRow(findJourney(db, site.id, input.journey), input, stored);
      return queue.submit(() => insertAbandonAnswer(db, row));
    }
    case 'survey_answer': {
      const row = surveyAnswerRow(findSurvey(db, site.id, input.survey), input, stored);
      return queue.submit(() => insertSurveyAnswer(db, row));
    }
    case 'survey_event': {
      const row = surveyEventRow(findSurvey(db, site.id, input.survey), input, stored);
      return queue.submit(() => insertSurveyEvent(db, row));
    }
    default:
      return input satisfies never;
  }
}
