import type { Migration } from './Migration.ts';

// Migration 27: each site's IANA time zone, so its days, weeks and digests are
// the shop's own rather than UTC's. Released SQL: change it only through a new
// migration.
export const siteTimeZone: Migration = {
  version: 27,
  name: 'site time zone',
  sql: `ALTER TABLE sites ADD COLUMN time_zone TEXT NOT NULL DEFAULT 'UTC';`,
};
