// Versioned schema changes, applied in order at start. Never edit a released
// migration: add the next one.
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: Migration[] = [
  {
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
  },
  {
    version: 2,
    name: 'journeys, journey events, abandonment answers',
    sql: `
      CREATE TABLE journeys (
        site_id INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
        key TEXT NOT NULL,
        definition TEXT NOT NULL,       -- JSON, shared/schemas/journey.ts
        revision INTEGER NOT NULL DEFAULT 1,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        PRIMARY KEY (site_id, key)
      ) STRICT;

      -- One row per step event of a visit; drop-off is computed from these, so
      -- it counts every visit, not only the shoppers who answer.
      CREATE TABLE journey_events (
        id TEXT PRIMARY KEY,            -- client-generated: a retried beacon is stored once
        site_id INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
        visit_id TEXT NOT NULL,
        journey TEXT NOT NULL,
        step TEXT,                      -- NULL only on 'completed'
        event TEXT NOT NULL,            -- reached | completed | abandoned
        path TEXT NOT NULL,
        ms_on_step INTEGER,
        fields_touched INTEGER,
        device TEXT,
        created_at INTEGER NOT NULL,
        received_at INTEGER NOT NULL
      ) STRICT;
      -- Covers the funnel queries: they read only these columns, for one journey and range.
      CREATE INDEX journey_events_funnel
        ON journey_events(site_id, journey, created_at, visit_id, event, step, device);

      -- "What stopped you?" answers are responses, so their comments show with the others.
      ALTER TABLE responses ADD COLUMN journey TEXT;
      ALTER TABLE responses ADD COLUMN step TEXT;
      ALTER TABLE responses ADD COLUMN reason TEXT;
      ALTER TABLE responses ADD COLUMN reason_category TEXT;
      ALTER TABLE responses ADD COLUMN other_text TEXT;
      ALTER TABLE responses ADD COLUMN trigger TEXT;
      CREATE INDEX responses_journey_time ON responses(site_id, journey, created_at) WHERE journey IS NOT NULL;
    `,
  },
  {
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
  },
  {
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
  },
];
