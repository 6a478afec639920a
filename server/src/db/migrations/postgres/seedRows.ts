// The rows SQLite's migrations 016, 021, 025 and 026 insert, on a new database:
// the keys that sign mailed links and response tokens, and the webhook cursors
// at the start.
export const SEED_ROWS_SQL = `
  INSERT INTO link_keys (id, secret) VALUES (1, randomblob(32));
  INSERT INTO response_token_keys (version, secret, created_at) VALUES (1, randomblob(32), 0);
  INSERT INTO event_cursors (name, position) VALUES ('responses', 0), ('survey_answers', 0), ('case_events', 0);
`;
