import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';

/** The tables `feedback.created` is derived from, each read by rowid after its commit. */
export type FeedbackTable = 'responses' | 'survey_answers';
/** Every drain's cursor: the feedback tables, and the cases' audit trail. */
type CursorName = FeedbackTable | 'case_events';

export function readCursor(db: Db, name: CursorName): number {
  return (statement(db, 'SELECT position FROM event_cursors WHERE name = ?').pluck().get(name) as number | undefined) ?? 0;
}

export function moveCursor(db: Db, name: CursorName, position: number): void {
  statement(db, 'UPDATE event_cursors SET position = ? WHERE name = ?').run(position, name);
}

/** Is any enabled destination waiting for feedback? Without one the drain does nothing, not even a write. */
export function anyFeedbackSubscriber(db: Db): boolean {
  return (
    statement(
      db,
      `SELECT 1 FROM webhook_endpoints, json_each(webhook_endpoints.events)
        WHERE disabled_at IS NULL AND json_each.value = 'feedback.created' LIMIT 1`,
    ).get() !== undefined
  );
}

/**
 * While nobody subscribes the drain stands still; the first subscriber starts
 * from the rows stored now, not from everything since the last one left.
 * Runs inside the write that adds or enables that subscriber.
 */
export function skipFeedbackBacklog(db: Db): void {
  if (anyFeedbackSubscriber(db)) return;
  for (const table of ['responses', 'survey_answers'] as const) {
    moveCursor(db, table, statement(db, `SELECT coalesce(max(rowid), 0) FROM ${table}`).pluck().get() as number);
  }
}

/** Has `table` rows after its cursor? A read, so an idle drain writes nothing. */
export function hasRowsAfterCursor(db: Db, table: FeedbackTable): boolean {
  return (statement(db, `SELECT coalesce(max(rowid), 0) FROM ${table}`).pluck().get() as number) > readCursor(db, table);
}
