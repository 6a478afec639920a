import type { Migration } from './Migration.ts';

// Migration 32: who answered through a signed survey link. One row per token
// (verifyResponseToken's answerId, also the answers' visit_id), so the owner
// of a campaign can tell which recipients answered and when, while the answers
// themselves stay in survey_answers like the widget's. Released SQL: change it
// only through a new migration.
export const surveyLinkAnswers: Migration = {
  version: 32,
  name: 'survey link answers',
  sql: `
  CREATE TABLE survey_link_answers (
    answer_id TEXT PRIMARY KEY,
    site_id INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
    survey TEXT NOT NULL,
    campaign TEXT NOT NULL,
    recipient TEXT NOT NULL,  -- the invitation's opaque reference, never an address
    channel TEXT NOT NULL,
    created_at INTEGER NOT NULL,  -- the first answer: retention and deletion go by it, as for the answers
    last_answered_at INTEGER NOT NULL
  ) STRICT;
  CREATE INDEX survey_link_answers_campaign ON survey_link_answers(site_id, survey, campaign, recipient);
`,
};
