import type { Migration } from './Migration.ts';

// Migration 30: each team reads its mail in a language of its own, and the
// weekly digest e-mail is queued once per team and local week. Released SQL:
// change it only through a new migration.

/**
 * `week` is the local date (the site's time zone) of the Monday the digest is
 * sent on: the claim and the mail are one transaction, so a restart or a
 * second run of the job finds the row and sends nothing more.
 */
const TEAM_DIGESTS_SQL = `
  ALTER TABLE teams ADD COLUMN lang TEXT NOT NULL DEFAULT 'en' CHECK (lang IN ('en', 'zh-CN', 'zh-TW'));

  CREATE TABLE team_digests (
    site_id INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
    team TEXT NOT NULL,
    week TEXT NOT NULL,
    queued_at INTEGER NOT NULL,
    PRIMARY KEY (site_id, team, week)
  ) STRICT, WITHOUT ROWID;
`;

export const teamDigests: Migration = {
  version: 30,
  name: 'team language and weekly digest mail',
  sql: TEAM_DIGESTS_SQL,
};
