import type { Migration } from './Migration.ts';

export const journeys: Migration = {
  version: 2,
  name: 'journeys, journey events, abandonment answers',
  sql: `
      CREATE TABLE journeys (
        site_id INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
        key TEXT NOT NULL,
        definition TEXT NOT NULL,       -- JSON, shared/schemas/journey.ts
        revision INTEGER NOT NULL DEFAULT 1,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        PRIMARY KEY (site_id, key)
      ) STRICT;

      -- One row per step event of a visit; drop-off is computed from these, so
      -- it counts every visit, not only the shoppers who answer.
      CREATE TABLE journey_events (
        id TEXT PRIMARY KEY,            -- client-generated: a retried beacon is stored once
        site_id INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
        visit_id TEXT NOT NULL,
        journey TEXT NOT NULL,
        step TEXT,                      -- NULL only on 'completed'
        event TEXT NOT NULL,            -- reached | completed | abandoned
        path TEXT NOT NULL,
        ms_on_step INTEGER,
        fields_touched INTEGER,
        device TEXT,
        created_at INTEGER NOT NULL,
        received_at INTEGER NOT NULL
      ) STRICT;
      -- Covers the funnel queries: they read only these columns, for one journey and range.
      CREATE INDEX journey_events_funnel
        ON journey_events(site_id, journey, created_at, visit_id, event, step, device);

      -- "What stopped you?" answers are responses, so their comments show with the others.
      ALTER TABLE responses ADD COLUMN journey TEXT;
      ALTER TABLE responses ADD COLUMN step TEXT;
      ALTER TABLE responses ADD COLUMN reason TEXT;
      ALTER TABLE responses ADD COLUMN reason_category TEXT;
      ALTER TABLE responses ADD COLUMN other_text TEXT;
      ALTER TABLE responses ADD COLUMN trigger TEXT;
      CREATE INDEX responses_journey_time ON responses(site_id, journey, created_at) WHERE journey IS NOT NULL;
    `,
};
