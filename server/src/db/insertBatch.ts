import type { Db } from './openDatabase.ts';
import { insertAbandonAnswer, type NewAbandonAnswer } from './queries/journeys/insertAbandonAnswer.ts';
import { insertJourneyEvent, type NewJourneyEvent } from './queries/journeys/insertJourneyEvent.ts';
import { insertResponse, type NewResponse } from './queries/responses/insertResponse.ts';
import { insertSurveyAnswer, type NewSurveyAnswer } from './queries/surveys/insertSurveyAnswer.ts';
import { write } from './write.ts';

/** A row for one of the tables inputs are stored in, tagged with which. */
export type BatchRow =
  | { kind: 'response'; row: NewResponse }
  | { kind: 'journeyEvent'; row: NewJourneyEvent }
  | { kind: 'abandonAnswer'; row: NewAbandonAnswer }
  | { kind: 'surveyAnswer'; row: NewSurveyAnswer };

/**
 * Stores a batch of rows with the same queries as one live input, in one
 * transaction: all or nothing. Ids already stored are skipped (a retried batch);
 * returns how many rows were new.
 */
export function insertBatch(db: Db, rows: readonly BatchRow[]): number {
  return write(db, () => {
    let inserted = 0;
    for (const item of rows) {
      if (insertRow(db, item)) inserted += 1;
    }
    return inserted;
  });
}

function insertRow(db: Db, { kind, row }: BatchRow): boolean {
  switch (kind) {
    case 'response':
      return insertResponse(db, row);
    case 'journeyEvent':
      return insertJourneyEvent(db, row);
    case 'abandonAnswer':
      return insertAbandonAnswer(db, row);
    case 'surveyAnswer':
      return insertSurveyAnswer(db, row);
  }
}
