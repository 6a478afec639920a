import type { Migration } from './Migration.ts';

export const sitesResponsesSessions: Migration = {
  version: 1,
  name: 'sites, responses, sessions',
  sql: `
      CREATE TABLE sites (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        origins TEXT NOT NULL,          -- JSON array of allowed origins
        created_at INTEGER NOT NULL     -- ms since epoch
      );

      CREATE TABLE responses (
        id TEXT PRIMARY KEY,            -- client-generated: a retry is stored once
        site_id INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
        type TEXT NOT NULL,
        rating INTEGER,
        comment TEXT,
        path TEXT NOT NULL,
        title TEXT,
        lang TEXT,
        device TEXT,
        channel TEXT NOT NULL DEFAULT 'web',
        visit_id TEXT,
        created_at INTEGER NOT NULL,
        received_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX responses_site_time ON responses(site_id, created_at);

      CREATE TABLE sessions (
        id_hash TEXT PRIMARY KEY,       -- sha256 of the cookie value; the value itself is never stored
        created_at INTEGER NOT NULL,
        expires_at INTEGER NOT NULL
      );
    `,
};
