import type { Migration } from './Migration.ts';

// Migration 26: the versioned keys that sign survey links sent outside the
// website (e-mail invitations, one-click scores). Released SQL: change it only
// through a new migration.

/**
 * Every token names the key version it was signed with, so a key can be
 * rotated (a new version signs from then on) while links already in inboxes
 * keep working until their own expiry; retiring a version makes its links
 * invalid at once, for a key that leaked.
 */
export const responseTokenKeys: Migration = {
  version: 26,
  name: 'response token keys',
  sql: `
  CREATE TABLE response_token_keys (
    version INTEGER PRIMARY KEY,
    secret BLOB NOT NULL,
    created_at INTEGER NOT NULL,
    retired_at INTEGER
  ) STRICT;
  INSERT INTO response_token_keys (version, secret, created_at) VALUES (1, randomblob(32), 0);
`,
};
