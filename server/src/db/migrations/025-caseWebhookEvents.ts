import type { Migration } from './Migration.ts';

// Migration 25: case events for destinations. Released SQL: change it only through a new migration.

/**
 * `case.created`, `case.assigned` and `case.status_changed` are derived from
 * the cases' audit trail (`case_events`) by a cursor, as feedback is from its
 * rows; it starts after the trail already written. `case_overdue_events`: the
 * cases whose `case.overdue` was sent, so each is sent once.
 */
const CASE_WEBHOOK_EVENTS_SQL = `
  INSERT INTO event_cursors (name, position) SELECT 'case_events', coalesce(max(id), 0) FROM case_events;
  CREATE TABLE case_overdue_events (
    case_id INTEGER PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
    sent_at INTEGER NOT NULL
  ) STRICT;
`;

export const caseWebhookEvents: Migration = {
  version: 25,
  name: 'case events for destinations',
  sql: CASE_WEBHOOK_EVENTS_SQL,
};
