import type { Migration } from './Migration.ts';

// Migration 35: which version of the runtime's time-zone rules the sites'
// stored offsets (site_day_offsets, migration 34) were last checked against.
// Checking scans 130 years of a zone's changes of clocks, 10–100 ms a site;
// at every start that would cost a shop with many sites seconds before its
// first 202, while the rules only change with a Node upgrade. One row at most.
// Released SQL: change it only through a new migration.
export const zoneRulesSynced: Migration = {
  version: 35,
  name: 'zone rules synced',
  sql: `
  CREATE TABLE zone_rules_synced (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    version TEXT NOT NULL
  ) STRICT;
`,
};
