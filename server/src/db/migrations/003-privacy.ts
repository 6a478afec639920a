import type { Migration } from './Migration.ts';

export const privacy: Migration = {
  version: 3,
  name: 'privacy: visitor hash, contact e-mail, query allow-list, retention, salts, ingestion counts',
  sql: `
      -- sha256(daily salt, site, address, user agent); the address itself is never stored.
      ALTER TABLE responses ADD COLUMN visitor_hash TEXT;
      -- Only when the shopper gave it with consent to be contacted.
      ALTER TABLE responses ADD COLUMN contact_email TEXT;

      ALTER TABLE sites ADD COLUMN allowed_query_params TEXT NOT NULL DEFAULT '[]';  -- JSON array of names
      ALTER TABLE sites ADD COLUMN retention_days INTEGER NOT NULL DEFAULT 395;

      -- One random salt per UTC day; older than yesterday is deleted.
      CREATE TABLE salts (
        day TEXT PRIMARY KEY,           -- YYYY-MM-DD, UTC
        salt TEXT NOT NULL
      ) STRICT;

      -- What was refused, per site and UTC day (never the requests themselves).
      CREATE TABLE ingestion_counts (
        site_id INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
        day INTEGER NOT NULL,           -- ms since epoch / 86 400 000
        bots_dropped INTEGER NOT NULL DEFAULT 0,
        rate_limited INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (site_id, day)
      ) STRICT;

      -- Retention deletes by site and age.
      CREATE INDEX journey_events_site_time ON journey_events(site_id, created_at);
    `,
};
