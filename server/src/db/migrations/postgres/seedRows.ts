// The rows SQLite's migrations 016, 021, 025 and 026 insert, on a new database:
// the keys that sign mailed links and response tokens (32 random bytes: two
// version-4 UUIDs' hex, PostgreSQL's strong random without pgcrypto) and the
// webhook cursors at the start.

const RANDOM_32_BYTES = `decode(replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''), 'hex')`;

export const SEED_ROWS_SQL = `
  INSERT INTO link_keys (id, secret) VALUES (1, ${RANDOM_32_BYTES});
  INSERT INTO response_token_keys (version, secret, created_at) VALUES (1, ${RANDOM_32_BYTES}, 0);
  INSERT INTO event_cursors (name, position) VALUES ('responses', 0), ('survey_answers', 0), ('case_events', 0);
`;
