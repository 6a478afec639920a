import type { Migration } from './Migration.ts';

export const surveys: Migration = {
  version: 6,
  name: 'surveys, survey answers and events, survey cooldown',
  sql: `
      CREATE TABLE surveys (
        site_id INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
        key TEXT NOT NULL,
        definition TEXT NOT NULL,       -- JSON, shared/schemas/survey.ts (status included)
        status TEXT NOT NULL CHECK (status IN ('draft', 'live', 'paused')),  -- copied out: the public config reads live ones
        revision INTEGER NOT NULL DEFAULT 1,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        PRIMARY KEY (site_id, key)
      ) STRICT;

      -- One row per answered question, stored as it is answered: partial answers count.
      -- The question's type is kept, so results stay readable after the survey is edited.
      CREATE TABLE survey_answers (
        id TEXT PRIMARY KEY,            -- client-generated: a retry is stored once
        site_id INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
        visit_id TEXT,
        survey TEXT NOT NULL,
        question TEXT NOT NULL,
        question_type TEXT NOT NULL,
        score INTEGER,                  -- nps 0-10, csat 1-5, ces 1-7, thumbs 0/1; NULL otherwise
        value TEXT,                     -- open text (scrubbed), or a JSON array of option ids; NULL for scores
        path TEXT NOT NULL,
        lang TEXT,
        device TEXT,
        returning_visitor INTEGER,      -- 0/1; NULL when the browser asked not to be tracked
        attributes TEXT,                -- JSON object from touchpoint('identify')
        created_at INTEGER NOT NULL,
        received_at INTEGER NOT NULL
      ) STRICT;
      -- Covers the results' counts (all but the texts and options): a range is read from the index alone.
      CREATE INDEX survey_answers_results
        ON survey_answers(site_id, survey, created_at, question, question_type, score, visit_id, device);
      -- The open-text list shows each answer with the same visit's scores, read from this index alone.
      CREATE INDEX survey_answers_visit ON survey_answers(site_id, survey, visit_id, question, created_at, score, question_type);
      CREATE INDEX survey_answers_site_time ON survey_answers(site_id, created_at);

      -- Shown, dismissed, completed: the completion rate counts everyone shown.
      CREATE TABLE survey_events (
        id TEXT PRIMARY KEY,            -- client-generated: a retried beacon is stored once
        site_id INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
        visit_id TEXT,
        survey TEXT NOT NULL,
        event TEXT NOT NULL,            -- shown | dismissed | completed
        path TEXT NOT NULL,
        device TEXT,
        created_at INTEGER NOT NULL,
        received_at INTEGER NOT NULL
      ) STRICT;
      -- Covers the shown / completed / dismissed counts.
      CREATE INDEX survey_events_results ON survey_events(site_id, survey, created_at, event, visit_id, device);
      CREATE INDEX survey_events_site_time ON survey_events(site_id, created_at);

      -- After any survey is answered or dismissed, none for this many days (site-wide).
      ALTER TABLE sites ADD COLUMN survey_cooldown_days INTEGER NOT NULL DEFAULT 14;
    `,
};
