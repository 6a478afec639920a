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
export const dayOf = (row: string) => `
  CAST((${row}.created_at + coalesce((SELECT offset_ms FROM site_day_offsets o
                                        WHERE o.site_id = ${row}.site_id AND o.from_at <= ${row}.created_at
                                        ORDER BY o.from_at DESC LIMIT 1), 0)) / ${DAY_MS} AS INTEGER)`;

const HOUR_MS = 3_600_000;
/** The UTC hour number of a row's created_at: no zone needed, so never recounted. */
const hourOf = (row: string) => `${row}.created_at / ${HOUR_MS}`;

/** A rollup of page ratings: its table, its time bucket, and the columns of `responses` it keeps apart (after site and bucket). */
export interface RatingRollup {
  table: string;
  bucket: { name: 'day' | 'hour'; of: (row: string) => string };
  columns: { name: string; of: (row: string) => string }[];
}
export const LOCAL_DAY = { name: 'day' as const, of: dayOf };
/** UTC hours: a range's edges, needing no zone. */
export const UTC_HOUR = { name: 'hour' as const, of: hourOf };

// Columns that may be NULL are stored as '' or -1 so that they can be part of
// the primary key, which keeps a site's days together on disk: languages and
// devices are never '' (shared/schemas/response.ts), visitors 0 or 1.
export const column = (name: string, missing?: string) => ({
  name,
  of: (row: string) => (missing === undefined ? `${row}.${name}` : `coalesce(${row}.${name}, ${missing})`),
});
/** Every column a view filters or splits by: any such view can read it. */
const BY_VISITOR: RatingRollup = {
  table: 'rating_days',
  bucket: LOCAL_DAY,
  columns: [column('path'), column('channel'), column('device', `''`), column('lang', `''`), column('returning_visitor', '-1')],
};
/** Page and channel only, some thirty times fewer rows: the views without a device, language or visitor filter or split. */
const BY_PAGE: RatingRollup = { table: 'rating_days_pages', bucket: LOCAL_DAY, columns: [column('path'), column('channel')] };
/**
 * The same per UTC hour: a range's edges (the part of a day at each end, up to
 * a day of ratings in all) are read from here but for the part of an hour at
 * each end, for the views rating_days_pages serves.
 */
const HOURS_BY_PAGE: RatingRollup = {
  table: 'rating_hours_pages',
  bucket: UTC_HOUR,
  columns: [column('path'), column('channel')],
};
/** The rollups counted in the site's local days, which a change of zone recounts. */
const ZONED = [BY_VISITOR, BY_PAGE];
const ROLLUPS = [...ZONED, HOURS_BY_PAGE];

const HISTOGRAM = [1, 2, 3, 4, 5];
const keyNames = ({ bucket, columns }: RatingRollup) => ['site_id', bucket.name, ...columns.map(({ name }) => name)].join(', ');
const keyOf = ({ bucket, columns }: RatingRollup, row: string) =>
  [`${row}.site_id`, bucket.of(row), ...columns.map(({ of }) => of(row))].join(', ');
const countsOf = (row: string) => `1, ${row}.rating, ${row}.comment IS NOT NULL, ${HISTOGRAM.map((r) => `${row}.rating = ${r}`).join(', ')}`;
const keyWhere = ({ bucket, columns }: RatingRollup, row: string) =>
  [`site_id = ${row}.site_id`, `${bucket.name} = ${bucket.of(row)}`, ...columns.map(({ name, of }) => `${name} = ${of(row)}`)].join(' AND ');

/** Adds counts to a row that has some already. */
const addToRow = (rollup: RatingRollup) => `
    ON CONFLICT (${keyNames(rollup)}) DO UPDATE SET
      ${['ratings', 'total', 'comments', ...HISTOGRAM.map((r) => `r${r}`)].map((c) => `${c} = ${c} + excluded.${c}`).join(', ')}`;

/**
 * While a site's local-day rollups are recounted in its new zone
 * (rating_days_recounts, db/queries/sites/recountRatingDays.ts), a rating at
 * or after the recount's point is left to the recount.
 */
export const beforeRecountPoint = (row: string) =>
  `NOT EXISTS (SELECT 1 FROM rating_days_recounts c WHERE c.site_id = ${row}.site_id AND ${row}.created_at >= c.done_before)`;
const counted = (rollup: RatingRollup, row: string) => (rollup.bucket === LOCAL_DAY ? beforeRecountPoint(row) : '1');

/** Adds a rating to its row; `guard` is SQL that must hold (an update's new row may have none). */
const add = (rollup: RatingRollup, row: 'NEW', guard = '1') => `
    INSERT INTO ${rollup.table} SELECT ${keyOf(rollup, row)}, ${countsOf(row)} WHERE ${guard} AND ${counted(rollup, row)}${addToRow(rollup)};`;
/** Takes a rating off its row, and the row away when it was the last. */
const remove = (rollup: RatingRollup, row: 'OLD', guard = '1') => `
    UPDATE ${rollup.table} SET
      ratings = ratings - 1, total = total - ${row}.rating, comments = comments - (${row}.comment IS NOT NULL),
      ${HISTOGRAM.map((r) => `r${r} = r${r} - (${row}.rating = ${r})`).join(', ')}
     WHERE ${keyWhere(rollup, row)} AND ${guard} AND ${counted(rollup, row)};
    DELETE FROM ${rollup.table} WHERE ${keyWhere(rollup, row)} AND ratings = 0 AND ${guard} AND ${counted(rollup, row)};`;

/** The rollups' tables. */
export const RATING_ROLLUP_TABLES = ROLLUPS.map(({ table }) => table);
/** The tables counted in local days. */
export const ZONED_ROLLUP_TABLES = ZONED.map(({ table }) => table);

/** Each rollup's rows of the ratings `where` picks (over `responses AS r`), grouped and added to those there, one statement each. */
export const rollupRowsSql = (rollups: readonly RatingRollup[], where: string) =>
  rollups.map(
    (rollup) => `
  INSERT INTO ${rollup.table}
  SELECT ${keyOf(rollup, 'r')}, count(*), sum(r.rating), count(r.comment), ${HISTOGRAM.map((n) => `sum(r.rating = ${n})`).join(', ')}
    FROM responses r
   WHERE r.rating IS NOT NULL AND ${where}
   GROUP BY ${['site_id', rollup.bucket, ...rollup.columns].map((_, i) => i + 1).join(', ')}${addToRow(rollup)}`,
  );

/** The local-day rollups' rows of the ratings `where` picks: a recount's step when a site's zone changed. */
export const ratingDaysRowsSql = (where: string) => rollupRowsSql(ZONED, where);

/** Every site's rollups from its ratings: the migration's backfill, and bench/bulkLoad.ts's after its load. */
export const RATING_DAYS_BACKFILL_SQL = rollupRowsSql(ROLLUPS, '1').join(';\n');

/**
 * Counts of page ratings (the only responses with a rating) per site, local
 * day and kept-apart columns: count, sum of ratings, comments and one count
 * per rating, so averages, CSAT and histograms come out exactly.
 */
export const tableOf = (rollup: RatingRollup) => `
  CREATE TABLE ${rollup.table} (
    site_id INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
    ${rollup.bucket.name} INTEGER NOT NULL,
    ${rollup.columns.map(({ name }) => `${name} ${name === 'returning_visitor' ? 'INTEGER' : 'TEXT'} NOT NULL,`).join('\n    ')}
    ratings INTEGER NOT NULL,
    total INTEGER NOT NULL,
    comments INTEGER NOT NULL,
    r1 INTEGER NOT NULL, r2 INTEGER NOT NULL, r3 INTEGER NOT NULL, r4 INTEGER NOT NULL, r5 INTEGER NOT NULL,
    PRIMARY KEY (${keyNames(rollup)})
  ) STRICT, WITHOUT ROWID;`;

/**
 * The triggers that keep `rollups` of page ratings: named `responses_<name>_insert`, `_delete` and
 * `_update`, the last on an update of any of `watched`, the columns the rollups count or key by.
 */
export function ratingTriggersSql(name: string, rollups: readonly RatingRollup[], watched: string): string {
  const each = (sql: (rollup: RatingRollup) => string) => rollups.map(sql).join('');
  return `
  CREATE TRIGGER responses_${name}_insert AFTER INSERT ON responses WHEN NEW.rating IS NOT NULL
  BEGIN ${each((rollup) => add(rollup, 'NEW'))}
  END;
  CREATE TRIGGER responses_${name}_delete AFTER DELETE ON responses WHEN OLD.rating IS NOT NULL
  BEGIN ${each((rollup) => remove(rollup, 'OLD'))}
  END;
  CREATE TRIGGER responses_${name}_update
  AFTER UPDATE OF ${watched} ON responses
  WHEN OLD.rating IS NOT NULL OR NEW.rating IS NOT NULL
  BEGIN
    ${each((rollup) => remove(rollup, 'OLD', 'OLD.rating IS NOT NULL'))}
    ${each((rollup) => add(rollup, 'NEW', 'NEW.rating IS NOT NULL'))}
  END;`;
}

const RATING_DAYS_SQL = `
  ${OFFSETS_SQL}

  -- A site whose local-day rollups are being recounted in a new zone: its
  -- ratings before done_before are counted in them, the rest not yet.
  CREATE TABLE rating_days_recounts (
    site_id INTEGER PRIMARY KEY REFERENCES sites(id) ON DELETE CASCADE,
    done_before INTEGER NOT NULL
  ) STRICT;

  ${ROLLUPS.map(tableOf).join('')}
  ${ratingTriggersSql('rating_days', ROLLUPS, 'site_id, created_at, rating, comment, path, channel, device, lang, returning_visitor')}

  -- The ratings stored before this migration, in UTC days: a site in another
  -- zone is recounted in its own from the collector's next start (setSiteDayOffsets.ts).
  ${RATING_DAYS_BACKFILL_SQL};
`;

export const ratingDays: Migration = {
  version: 34,
  name: 'rating_days, rating_days_pages, rating_hours_pages: page ratings per site, local day or hour and the columns views filter by, kept by triggers',
  sql: RATING_DAYS_SQL,
};
