import type { Db } from './openDatabase.ts';
import { insertAbandonAnswer, type NewAbandonAnswer } from './queries/insertAbandonAnswer.ts';
import { insertJourneyEvent, type NewJourneyEvent } from './queries/insertJourneyEvent.ts';
import { insertResponse, type NewResponse } from './queries/insertResponse.ts';

/** A row for one of the tables inputs are stored in, tagged with which. */
export type BatchRow =
  | { kind: 'response'; row: NewResponse }
  | { kind: 'journeyEvent'; row: NewJourneyEvent }
  | { kind: 'abandonAnswer'; row: NewAbandonAnswer };

/**
 * Stores a batch of rows with the same queries as one live input, in one
 * transaction: all or nothing. Ids already stored are skipped (a retried batch);
 * returns how many rows were new.
 */
export function insertBatch(db: Db, rows: readonly BatchRow[]): number {
  return db.transaction(() => {
    let inserted = 0;
    for (const { kind, row } of rows) {
      const isNew =
        kind === 'response'
          ? insertResponse(db, row)
          : kind === 'journeyEvent'
            ? insertJourneyEvent(db, row)
            : insertAbandonAnswer(db, row);
      if (isNew) inserted += 1;
    }
    return inserted;
  })();
}
