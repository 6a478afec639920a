import type { Touchpoint } from '../../../shared/schemas/touchpoint.ts';
import { touchpointForPath } from '../../../shared/touchpointForPath.ts';
import type { Db } from '../db/openDatabase.ts';
import { listTouchpoints } from '../db/queries/sites/listTouchpoints.ts';
import { anyFeedbackSubscriber, hasRowsAfterCursor, moveCursor, readCursor, type FeedbackTable } from '../db/queries/webhooks/eventCursors.ts';
import { feedbackAfter, type StoredFeedback } from '../db/queries/webhooks/feedbackAfter.ts';
import { write } from '../db/write.ts';
import { derivedEventId } from './eventId.ts';
import { outboxChanged } from './outboxSignal.ts';
import { publishEvent } from './publishEvent.ts';

const TABLES: readonly FeedbackTable[] = ['responses', 'survey_answers'];
/** Rows per transaction: keeps each write short while a backlog is worked off. */
const BATCH = 500;

/**
 * Turns feedback stored since the last drain into `feedback.created` events.
 * Derived after the commit from the stored rows, by a cursor per table moved
 * in the same transaction as the events it produced: ingest stays as fast as
 * it was, and a crash between the two at worst derives the same events again,
 * under the same ids. Returns how many events were queued.
 */
export function drainFeedbackEvents(db: Db, now: number): number {
  if (!anyFeedbackSubscriber(db)) return 0;
  let queued = 0;
  for (const table of TABLES) {
    let more = hasRowsAfterCursor(db, table);
    while (more) {
      more = write(db, () => {
        const rows = feedbackAfter(db, table, readCursor(db, table), BATCH);
        const touchpoints = new Map<number, Touchpoint[]>();
        for (const row of rows) {
          if (!touchpoints.has(row.siteId)) touchpoints.set(row.siteId, listTouchpoints(db, row.siteId));
          if (publishEvent(db, feedbackEvent(table, row, touchpoints.get(row.siteId) ?? []), now)) queued++;
        }
        const last = rows.at(-1);
        if (last) moveCursor(db, table, last.rowid);
        return rows.length === BATCH;
      });
    }
  }
  if (queued > 0) outboxChanged(db);
  return queued;
}

function feedbackEvent(table: FeedbackTable, row: StoredFeedback, touchpoints: readonly Touchpoint[]) {
  const { record } = row;
  const path = typeof record.path === 'string' ? record.path : undefined;
  // Survey answers have no type column: they are all one kind of feedback.
  const data = table === 'survey_answers' ? { ...record, type: 'survey_answer' } : record;
  return {
    id: derivedEventId('feedback.created', table, String(record.id)),
    type: 'feedback.created' as const,
    site: { id: row.siteId, key: row.siteKey },
    data,
    facts: {
      touchpoint: path === undefined ? undefined : touchpointForPath(touchpoints, path)?.key,
      rating: typeof record.rating === 'number' ? record.rating : undefined,
      reasonCategory: typeof record.reasonCategory === 'string' ? record.reasonCategory : undefined,
    },
  };
}
