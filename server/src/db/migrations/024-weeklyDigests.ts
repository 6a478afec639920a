import type { Migration } from './Migration.ts';

// Migration 24: which weekly digests went out. Released SQL: change it only through a new migration.

/** One row per site and week (the Monday it starts, ms): the hourly job sends each week's digest once. */
const WEEKLY_DIGESTS_SQL = `
  CREATE TABLE weekly_digests (
    site_id INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
    week_start INTEGER NOT NULL,
    sent_at INTEGER NOT NULL,
    PRIMARY KEY (site_id, week_start)
  ) STRICT, WITHOUT ROWID;
`;

export const weeklyDigests: Migration = {
  version: 24,
  name: 'weekly digests sent',
  sql: WEEKLY_DIGESTS_SQL,
};
