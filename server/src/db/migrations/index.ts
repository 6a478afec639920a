// Versioned schema changes, applied in order at start. Never edit a released
// migration: add the next one.
import { PEAK_END_ROLLUP_SQL } from './peakEndRollup.ts';
import { SITE_MEMBERS_SQL } from './siteMembers.ts';
import { CASES_SQL } from './cases.ts';
import { MAIL_SQL } from './mail.ts';
import { TEAMS_AND_ROUTING_SQL } from './teamsAndRouting.ts';

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
  {
    version: 5,
    name: 'team accounts: users, per-user sessions, API tokens',
    sql: `
      CREATE TABLE users (
        id INTEGER PRIMARY KEY,
        email TEXT NOT NULL COLLATE NOCASE UNIQUE,   -- unique whatever the case
        password_hash TEXT NOT NULL,    -- $scrypt$ln=..,r=..,p=..$salt$hash: salt and cost travel with it
        role TEXT NOT NULL CHECK (role IN ('admin', 'member', 'viewer')),
        created_at INTEGER NOT NULL,
        disabled INTEGER NOT NULL DEFAULT 0
      ) STRICT;

      -- NULL for sessions opened with the admin token. Deleting a user ends their sessions.
      ALTER TABLE sessions ADD COLUMN user_id INTEGER REFERENCES users(id) ON DELETE CASCADE;
      CREATE INDEX sessions_user ON sessions(user_id);

      CREATE TABLE api_tokens (
        id INTEGER PRIMARY KEY,
        user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        token_hash TEXT NOT NULL UNIQUE,  -- sha256 of the token; the token itself is shown once, never stored
        created_at INTEGER NOT NULL,
        last_used_at INTEGER,
        revoked_at INTEGER
      ) STRICT;
      CREATE INDEX api_tokens_user ON api_tokens(user_id);
    `,
  },
  {
    version: 6,
    name: 'surveys, survey answers and events, survey cooldown',
    sql: `
      CREATE TABLE surveys (
        site_id INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
        key TEXT NOT NULL,
        definition TEXT NOT NULL,       -- JSON, shared/schemas/survey.ts (status included)
        status TEXT NOT NULL CHECK (status IN ('draft', 'live', 'paused')),  -- copied out: the public config reads live ones
        revision INTEGER NOT NULL DEFAULT 1,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        PRIMARY KEY (site_id, key)
      ) STRICT;

      -- One row per answered question, stored as it is answered: partial answers count.
      -- The question's type is kept, so results stay readable after the survey is edited.
      CREATE TABLE survey_answers (
        id TEXT PRIMARY KEY,            -- client-generated: a retry is stored once
        site_id INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
        visit_id TEXT,
        survey TEXT NOT NULL,
        question TEXT NOT NULL,
        question_type TEXT NOT NULL,
        score INTEGER,                  -- nps 0-10, csat 1-5, ces 1-7, thumbs 0/1; NULL otherwise
        value TEXT,                     -- open text (scrubbed), or a JSON array of option ids; NULL for scores
        path TEXT NOT NULL,
        lang TEXT,
        device TEXT,
        returning_visitor INTEGER,      -- 0/1; NULL when the browser asked not to be tracked
        attributes TEXT,                -- JSON object from touchpoint('identify')
        created_at INTEGER NOT NULL,
        received_at INTEGER NOT NULL
      ) STRICT;
      -- Covers the results' counts (all but the texts and options): a range is read from the index alone.
      CREATE INDEX survey_answers_results
        ON survey_answers(site_id, survey, created_at, question, question_type, score, visit_id, device);
      -- The open-text list shows each answer with the same visit's scores, read from this index alone.
      CREATE INDEX survey_answers_visit ON survey_answers(site_id, survey, visit_id, question, created_at, score, question_type);
      CREATE INDEX survey_answers_site_time ON survey_answers(site_id, created_at);

      -- Shown, dismissed, completed: the completion rate counts everyone shown.
      CREATE TABLE survey_events (
        id TEXT PRIMARY KEY,            -- client-generated: a retried beacon is stored once
        site_id INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
        visit_id TEXT,
        survey TEXT NOT NULL,
        event TEXT NOT NULL,            -- shown | dismissed | completed
        path TEXT NOT NULL,
        device TEXT,
        created_at INTEGER NOT NULL,
        received_at INTEGER NOT NULL
      ) STRICT;
      -- Covers the shown / completed / dismissed counts.
      CREATE INDEX survey_events_results ON survey_events(site_id, survey, created_at, event, visit_id, device);
      CREATE INDEX survey_events_site_time ON survey_events(site_id, created_at);

      -- After any survey is answered or dismissed, none for this many days (site-wide).
      ALTER TABLE sites ADD COLUMN survey_cooldown_days INTEGER NOT NULL DEFAULT 14;
    `,
  },
  {
    version: 7,
    name: 'comment themes and tags, rating index',
    sql: `
      -- The terms (shared/themes/tokenizeComment.ts) of every comment and "other"
      -- reason, with the response's filter columns copied so counting a month's
      -- themes is one index range scan, not a tokenizer pass over every comment.
      -- Filled lazily (server/src/insight/indexCommentTerms.ts) for responses
      -- whose terms_indexed is 0; deleted with their response or site.
      CREATE TABLE comment_terms (
        response_id TEXT NOT NULL REFERENCES responses(id) ON DELETE CASCADE,
        term TEXT NOT NULL,
        site_id INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
        created_at INTEGER NOT NULL,
        path TEXT NOT NULL,
        device TEXT,
        channel TEXT NOT NULL,
        lang TEXT,
        PRIMARY KEY (response_id, term)
      ) STRICT;
      -- Covering: a month's themes, filtered or not, are read from the index alone.
      CREATE INDEX comment_terms_range ON comment_terms(site_id, created_at, term, device, channel, lang, path);
      CREATE INDEX comment_terms_term ON comment_terms(site_id, term, created_at);

      ALTER TABLE responses ADD COLUMN terms_indexed INTEGER NOT NULL DEFAULT 0;
      -- Finds the comments not yet split into terms without reading the others.
      CREATE INDEX responses_terms_pending ON responses(site_id)
        WHERE terms_indexed = 0 AND (comment IS NOT NULL OR other_text IS NOT NULL);

      -- Covers the rating counts every score view starts from (per page, per
      -- segment, per visit for peak-end, with the view filters): with 1 million
      -- responses a year the journey map, fix first, segments and peak-end read a month from this index alone
      -- instead of looking up each row (bench/insightViews.ts).
      CREATE INDEX responses_ratings ON responses(site_id, created_at, rating, path, device, channel, lang, visit_id)
        WHERE rating IS NOT NULL;

      -- Tags the team puts on comments (SERVQUAL dimensions by default, shared/commentTags.ts).
      -- created_at is the response's, so retention removes a tag with its comment.
      CREATE TABLE comment_tags (
        response_id TEXT NOT NULL REFERENCES responses(id) ON DELETE CASCADE,
        tag TEXT NOT NULL,
        site_id INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
        created_at INTEGER NOT NULL,
        PRIMARY KEY (response_id, tag)
      ) STRICT;
      CREATE INDEX comment_tags_tag ON comment_tags(site_id, tag, created_at);
    `,
  },
  {
    version: 8,
    name: "the widget's appearance per site",
    sql: `ALTER TABLE sites ADD COLUMN appearance TEXT NOT NULL DEFAULT '{}';`,
  },
  {
    version: 9,
    name: 'new or returning visitor and site attributes on ratings, abandonment answers and journey events',
    sql: `
      -- So every view can be filtered and split by them, as survey answers already can.
      -- returning_visitor: 0/1; NULL when the browser asked not to be tracked or the row is older.
      -- attributes: JSON object from touchpoint('identify'); NULL when none were given.
      ALTER TABLE responses ADD COLUMN returning_visitor INTEGER;
      ALTER TABLE responses ADD COLUMN attributes TEXT;
      ALTER TABLE journey_events ADD COLUMN lang TEXT;
      ALTER TABLE journey_events ADD COLUMN returning_visitor INTEGER;
      ALTER TABLE journey_events ADD COLUMN attributes TEXT;
    `,
  },
  {
    version: 10,
    name: 'peak-end: a row per visit kept by triggers, and survey scores as moments',
    sql: PEAK_END_ROLLUP_SQL,
  },
  {
    version: 11,
    name: "a site's own comment tag set",
    sql: `
      -- The tags a team offers for its comments (shared/schemas/commentTagSet.ts), a JSON
      -- array in the order shown. No row: the defaults (SERVQUAL, server/src/insight/siteCommentTags.ts).
      CREATE TABLE comment_tag_sets (
        site_id INTEGER PRIMARY KEY REFERENCES sites(id) ON DELETE CASCADE,
        tags TEXT NOT NULL,
        updated_at INTEGER NOT NULL
      ) STRICT;
    `,
  },
  {
    version: 12,
    name: 'visitor salts leave the database',
    sql: `
      -- The day's salt is now a file beside the database (privacy/dailySalt.ts), so
      -- backups hold none. secure_delete zeroes the freed pages: otherwise the old
      -- salt would linger in them and be copied by the next backup.
      PRAGMA secure_delete = ON;
      DROP TABLE salts;
      PRAGMA secure_delete = OFF;
    `,
  },
  {
    version: 13,
    name: 'site access: the sites each member and viewer may see',
    sql: SITE_MEMBERS_SQL,
  },
  { version: 14, name: 'teams, routing rules, which feedback becomes a case', sql: TEAMS_AND_ROUTING_SQL },
  { version: 15, name: 'cases, their feedback, notes, audit trail and queue', sql: CASES_SQL },
  { version: 16, name: 'mail outbox and log, opt-outs, link key', sql: MAIL_SQL },
];
