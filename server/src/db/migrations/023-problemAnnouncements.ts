import type { Migration } from './Migration.ts';

// Migration 23: which flagged problems were announced, and how big they were then.
// Released SQL: change it only through a new migration.

/**
 * Spike alerts announce a problem once: again only a week later, or sooner
 * when its impact has doubled since (server/src/webhooks/spikeAlerts.ts).
 */
const PROBLEM_ANNOUNCEMENTS_SQL = `
  CREATE TABLE problem_announcements (
    site_id INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    key TEXT NOT NULL,
    impact INTEGER NOT NULL,
    announced_at INTEGER NOT NULL,
    PRIMARY KEY (site_id, kind, key)
  ) STRICT, WITHOUT ROWID;
`;

export const problemAnnouncements: Migration = {
  version: 23,
  name: 'flagged problems announced by spike alerts',
  sql: PROBLEM_ANNOUNCEMENTS_SQL,
};
