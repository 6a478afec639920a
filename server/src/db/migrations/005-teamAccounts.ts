import type { Migration } from './Migration.ts';

export const teamAccounts: Migration = {
  version: 5,
  name: 'team accounts: users, per-user sessions, API tokens',
  sql: `
      CREATE TABLE users (
        id INTEGER PRIMARY KEY,
        email TEXT NOT NULL COLLATE NOCASE UNIQUE,   -- unique whatever the case
        password_hash TEXT NOT NULL,    -- $scrypt$ln=..,r=..,p=..$salt$hash: salt and cost travel with it
        role TEXT NOT NULL CHECK (role IN ('admin', 'member', 'viewer')),
        created_at INTEGER NOT NULL,
        disabled INTEGER NOT NULL DEFAULT 0
      ) STRICT;

      -- NULL for sessions opened with the admin token. Deleting a user ends their sessions.
      ALTER TABLE sessions ADD COLUMN user_id INTEGER REFERENCES users(id) ON DELETE CASCADE;
      CREATE INDEX sessions_user ON sessions(user_id);

      CREATE TABLE api_tokens (
        id INTEGER PRIMARY KEY,
        user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        token_hash TEXT NOT NULL UNIQUE,  -- sha256 of the token; the token itself is shown once, never stored
        created_at INTEGER NOT NULL,
        last_used_at INTEGER,
        revoked_at INTEGER
      ) STRICT;
      CREATE INDEX api_tokens_user ON api_tokens(user_id);
    `,
};
