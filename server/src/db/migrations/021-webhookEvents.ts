import type { Migration } from './Migration.ts';

// Migration 21: the events sent to destinations. Released SQL: change it only through a new migration.

/**
 * `payload` is the whole JSON body `{id, type, createdAt, site, data}` as first
 * built, so every attempt and replay sends the same bytes under the same id.
 * Events are only stored when a destination wants them.
 *
 * `event_cursors`: how far a drain has turned stored rows into events
 * (`feedback.created` reads `responses` and `survey_answers` by rowid after
 * their commit). It starts at the rows already stored, so an upgrade does not
 * announce a site's whole history.
 */
const WEBHOOK_EVENTS_SQL = `
  CREATE TABLE webhook_events (
    id TEXT PRIMARY KEY,
    site_id INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
    type TEXT NOT NULL,
    payload TEXT NOT NULL,
    created_at INTEGER NOT NULL
  ) STRICT;
  CREATE INDEX webhook_events_site_time ON webhook_events(site_id, created_at);

  CREATE TABLE event_cursors (
    name TEXT PRIMARY KEY,
    position INTEGER NOT NULL
  ) STRICT;
  INSERT INTO event_cursors (name, position) SELECT 'responses', coalesce(max(rowid), 0) FROM responses;
  INSERT INTO event_cursors (name, position) SELECT 'survey_answers', coalesce(max(rowid), 0) FROM survey_answers;
`;

export const webhookEvents: Migration = {
  version: 21,
  name: "events for destinations, and the drains' cursors",
  sql: WEBHOOK_EVENTS_SQL,
};
