import type { Migration } from './Migration.ts';

// Migration 34: page ratings rolled up per site, local day and the columns the
// view filters and splits read (issue 16), kept by triggers so every way a
// rating arrives or goes (live, import, DELETE, retention, site deletion) keeps
// it right, as peak_end_visits (migration 10) is. Released SQL: change it only
// through a new migration.

const DAY_MS = 86_400_000;

/**
 * A site's zone as SQL can read it: the offset from UTC in force from each
 * instant on, one row per change of clocks (written by
 * db/queries/sites/setSiteDayOffsets.ts from Intl's rules; a site starts with
 * one row, UTC from the beginning of time, by trigger). A view uses the rollup
 * only where these rows equal the runtime's own rules over its range
 * (db/queries/ranges/ratingDaysPlan.ts), so stale rows cost speed, never truth.
 */
const OFFSETS_SQL = `
  CREATE TABLE site_day_offsets (
    site_id INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
    from_at INTEGER NOT NULL,
    offset_ms INTEGER NOT NULL,
    PRIMARY KEY (site_id, from_at)
  ) STRICT, WITHOUT ROWID;
  INSERT INTO site_day_offsets SELECT id, ${Number.MIN_SAFE_INTEGER}, 0 FROM sites;
  CREATE TRIGGER sites_day_offsets AFTER INSERT ON sites
  BEGIN INSERT INTO site_day_offsets VALUES (NEW.id, ${Number.MIN_SAFE_INTEGER}, 0);
  END;`;

/**
 * The local day number of a row's created_at (days since 1970-01-01 on the
 * site's calendar), truncated as ranges/localDaySql.ts truncates; UTC if the
 * site has no offsets at all.
 */
const dayOf = (row: string) => `
  CAST((${row}.created_at + coalesce((SELECT offset_ms FROM site_day_offsets o
                                        WHERE o.site_id = ${row}.site_id AND o.from_at <= ${row}.created_at
                                        ORDER BY o.from_at DESC LIMIT 1), 0)) / ${DAY_MS} AS INTEGER)`;

// Columns that may be NULL are stored as '' or -1 so that they can be part of
// the primary key, which keeps a site's days together on disk: languages and
// devices are never '' (shared/schemas/response.ts), visitors 0 or 1.
const KEY = 'site_id, day, path, channel, device, lang, returning_visitor';
const keyOf = (row: string) =>
  `${row}.site_id, ${dayOf(row)}, ${row}.path, ${row}.channel, coalesce(${row}.device, ''), coalesce(${row}.lang, ''), coalesce(${row}.returning_visitor, -1)`;
const countsOf = (row: string) =>
  `1, ${row}.rating, ${row}.comment IS NOT NULL, ${[1, 2, 3, 4, 5].map((r) => `${row}.rating = ${r}`).join(', ')}`;
const keyWhere = (row: string) => `
  site_id = ${row}.site_id AND day = ${dayOf(row)} AND path = ${row}.path AND channel = ${row}.channel
  AND device = coalesce(${row}.device, '') AND lang = coalesce(${row}.lang, '') AND returning_visitor = coalesce(${row}.returning_visitor, -1)`;

/** Adds a rating to its row; `guard` is SQL that must hold (an update's new row may have none). */
const add = (row: 'NEW', guard = '1') => `
    INSERT INTO rating_days SELECT ${keyOf(row)}, ${countsOf(row)} WHERE ${guard}
    ON CONFLICT (${KEY}) DO UPDATE SET
      ratings = ratings + 1, total = total + excluded.total, comments = comments + excluded.comments,
      r1 = r1 + excluded.r1, r2 = r2 + excluded.r2, r3 = r3 + excluded.r3, r4 = r4 + excluded.r4, r5 = r5 + excluded.r5;`;
/** Takes a rating off its row, and the row away when it was the last. */
const remove = (row: 'OLD', guard = '1') => `
    UPDATE rating_days SET
      ratings = ratings - 1, total = total - ${row}.rating, comments = comments - (${row}.comment IS NOT NULL),
      ${[1, 2, 3, 4, 5].map((r) => `r${r} = r${r} - (${row}.rating = ${r})`).join(', ')}
     WHERE ${keyWhere(row)} AND ${guard};
    DELETE FROM rating_days WHERE ${keyWhere(row)} AND ratings = 0 AND ${guard};`;

/** The rollup's rows of the ratings `where` picks (over `responses AS r`), grouped: the backfill, and a site's rebuild when its zone changes. */
export const ratingDaysRowsSql = (where: string) => `
  INSERT INTO rating_days
  SELECT ${keyOf('r')}, count(*), sum(r.rating), count(r.comment), ${[1, 2, 3, 4, 5].map((n) => `sum(r.rating = ${n})`).join(', ')}
    FROM responses r
   WHERE r.rating IS NOT NULL AND ${where}
   GROUP BY 1, 2, 3, 4, 5, 6, 7`;

/** Every site's rollup from its ratings: the migration's backfill, and bench/bulkLoad.ts's after its load. */
export const RATING_DAYS_BACKFILL_SQL = ratingDaysRowsSql('1');

const RATING_DAYS_SQL = `
  ${OFFSETS_SQL}

  -- Counts of page ratings (the only responses with a rating) per site, local
  -- day and filterable columns: count, sum of ratings, comments and one count
  -- per rating, so averages, CSAT and histograms come out exactly.
  CREATE TABLE rating_days (
    site_id INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
    day INTEGER NOT NULL,
    path TEXT NOT NULL,
    channel TEXT NOT NULL,
    device TEXT NOT NULL,              -- '' for none
    lang TEXT NOT NULL,                -- '' for none
    returning_visitor INTEGER NOT NULL, -- -1 for unknown
    ratings INTEGER NOT NULL,
    total INTEGER NOT NULL,
    comments INTEGER NOT NULL,
    r1 INTEGER NOT NULL, r2 INTEGER NOT NULL, r3 INTEGER NOT NULL, r4 INTEGER NOT NULL, r5 INTEGER NOT NULL,
    PRIMARY KEY (${KEY})
  ) STRICT, WITHOUT ROWID;

  CREATE TRIGGER responses_rating_days_insert AFTER INSERT ON responses WHEN NEW.rating IS NOT NULL
  BEGIN ${add('NEW')}
  END;
  CREATE TRIGGER responses_rating_days_delete AFTER DELETE ON responses WHEN OLD.rating IS NOT NULL
  BEGIN ${remove('OLD')}
  END;
  CREATE TRIGGER responses_rating_days_update
  AFTER UPDATE OF site_id, created_at, rating, comment, path, channel, device, lang, returning_visitor ON responses
  WHEN OLD.rating IS NOT NULL OR NEW.rating IS NOT NULL
  BEGIN
    ${remove('OLD', 'OLD.rating IS NOT NULL')}
    ${add('NEW', 'NEW.rating IS NOT NULL')}
  END;

  -- The ratings stored before this migration, in UTC days: a site in another
  -- zone is rebuilt in its own at the collector's next start (setSiteDayOffsets.ts).
  ${RATING_DAYS_BACKFILL_SQL};
`;

export const ratingDays: Migration = {
  version: 34,
  name: 'rating_days: page ratings per site, local day, page, channel, device, language and visitor, kept by triggers',
  sql: RATING_DAYS_SQL,
};
