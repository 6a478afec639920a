import type { Db } from '../db/openDatabase.ts';
import { insertAbandonAnswer, type NewAbandonAnswer } from '../db/queries/journeys/insertAbandonAnswer.ts';
import { insertJourneyEvent, type NewJourneyEvent } from '../db/queries/journeys/insertJourneyEvent.ts';
import { insertResponse, type NewResponse } from '../db/queries/responses/insertResponse.ts';
import { insertSurveyAnswer, type NewSurveyAnswer } from '../db/queries/surveys/insertSurveyAnswer.ts';
import { insertSurveyEvent, type NewSurveyEvent } from '../db/queries/surveys/insertSurveyEvent.ts';

/**
 * One widget input, validated and built into its row: plain data, so it can be
 * inserted on this thread or posted to the ingest writer's (ingest/ingestWriter.ts).
 */
export type IngestRow =
  | { kind: 'page_rating'; row: NewResponse }
  | { kind: 'journey_event'; row: NewJourneyEvent }
  | { kind: 'abandon_answer'; row: NewAbandonAnswer }
  | { kind: 'survey_answer'; row: NewSurveyAnswer }
  | { kind: 'survey_event'; row: NewSurveyEvent };

/** Inserts the row where its kind is kept (inside the caller's write); false when its id was already stored. */
export function insertIngestRow(db: Db, { kind, row }: IngestRow): boolean {
  switch (kind) {
    case 'page_rating':
      return insertResponse(db, row);
    case 'journey_event':
      return insertJourneyEvent(db, row);
    case 'abandon_answer':
      return insertAbandonAnswer(db, row);
    case 'survey_answer':
      return insertSurveyAnswer(db, row);
    case 'survey_event':
      return insertSurveyEvent(db, row);
  }
}
