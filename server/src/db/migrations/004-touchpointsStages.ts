import type { Migration } from './Migration.ts';

export const touchpointsStages: Migration = {
  version: 4,
  name: 'touchpoints and journey stages',
  sql: `
      -- Names of the three lifecycle stages (before, during, after purchase);
      -- a site without rows uses the defaults in shared/schemas/touchpoint.ts.
      CREATE TABLE stages (
        site_id INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
        key TEXT NOT NULL,              -- before | during | after
        name TEXT NOT NULL,
        PRIMARY KEY (site_id, key)
      ) STRICT;

      -- Named groups of URL rules; a page belongs to the first by position whose rule matches.
      CREATE TABLE touchpoints (
        site_id INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
        key TEXT NOT NULL,
        name TEXT NOT NULL,
        stage TEXT NOT NULL,            -- before | during | after
        rules TEXT NOT NULL,            -- JSON array, shared/schemas/urlRule.ts
        position INTEGER NOT NULL,
        PRIMARY KEY (site_id, key)
      ) STRICT;
    `,
};
