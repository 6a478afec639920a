import type { Migration } from './Migration.ts';

// Migration 14: teams, routing rules and which feedback becomes a case. Released
// SQL: change it only through a new migration.

/**
 * A site without rows here has the defaults (shared/defaultRouting.ts), read
 * by server/src/routing/siteTeams.ts: existing sites get them on first read,
 * with nothing to copy, and keep them until a team saves its own.
 */
export const teamsAndRouting: Migration = {
  version: 14,
  name: 'teams, routing rules, which feedback becomes a case',
  sql: `
  CREATE TABLE teams (
    site_id INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    definition TEXT NOT NULL,       -- JSON, shared/schemas/teams.ts
    position INTEGER NOT NULL,
    PRIMARY KEY (site_id, key)
  ) STRICT;

  CREATE TABLE routing_rules (
    site_id INTEGER PRIMARY KEY REFERENCES sites(id) ON DELETE CASCADE,
    rules TEXT NOT NULL,            -- JSON array, shared/schemas/routingRules.ts; first match wins
    fallback_team TEXT NOT NULL,
    updated_at INTEGER NOT NULL
  ) STRICT;

  -- JSON, shared/schemas/caseSettings.ts; '{}' is the defaults.
  ALTER TABLE sites ADD COLUMN case_settings TEXT NOT NULL DEFAULT '{}';
`,
};
