import type { Migration } from './Migration.ts';

// Migration 38: a counter that moves with every change to `sites`, so the
// ingest path's site cache (findSiteByKeyCached) can tell "a site changed"
// from "something was written". It used data_version, which moves at every
// commit of another connection: the ingest writer thread commits a group
// every few milliseconds under load, so the cache was emptied once a group
// and the main thread read and parsed the site again (about 6 % of its CPU
// per rating in a profile). Triggers keep it, so the CLI, another process and
// a plain UPDATE all move it. One row.
// Released SQL: change it only through a new migration.
export const sitesVersion: Migration = {
  version: 38,
  name: 'sites version',
  sql: `
  CREATE TABLE sites_version (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    n INTEGER NOT NULL
  ) STRICT;
  INSERT INTO sites_version (id, n) VALUES (1, 0);
  CREATE TRIGGER sites_version_insert AFTER INSERT ON sites BEGIN UPDATE sites_version SET n = n + 1; END;
  CREATE TRIGGER sites_version_update AFTER UPDATE ON sites BEGIN UPDATE sites_version SET n = n + 1; END;
  CREATE TRIGGER sites_version_delete AFTER DELETE ON sites BEGIN UPDATE sites_version SET n = n + 1; END;
`,
};
