import type { Migration } from './Migration.ts';

// Migration 28: survey answers carry the channel they came through and the
// campaign that asked, like imported responses do, so answers to e-mailed
// links, QR codes in a shop and shared links can be compared with the web's.
// Released SQL: change it only through a new migration.
export const surveyAnswerChannel: Migration = {
  version: 28,
  name: 'survey answer channel and campaign',
  sql: `
  ALTER TABLE survey_answers ADD COLUMN channel TEXT NOT NULL DEFAULT 'web';
  ALTER TABLE survey_answers ADD COLUMN campaign TEXT;
`,
};
