import { beforeRecountPoint, dayOf } from './034-ratingDays.ts';
import type { Migration } from './Migration.ts';

// Migration 36: comment terms (comment_terms, migration 7) counted per site,
// local day or UTC hour and term (issue 16), so a month's themes read a few
// thousand rows instead of every term of the month. Kept by triggers on
// comment_terms, which the comment-terms job fills after ingest's commit
// (jobs/commentTerms.ts) and which loses its rows with their response or site:
// so ingest pays nothing, the job one upsert per term and table, and deletes,
// retention, visitor erasure and site deletion take the counts down with the
// terms, leaving no word of a comment behind it. Released SQL: change it only
// through a new migration.

const HOUR_MS = 3_600_000;

interface TermRollup {
  table: string;
  bucket: 'day' | 'hour';
  of: (row: string) => string;
  /** SQL that must hold for a row to be counted here now (else a zone's recount counts it). */
  counted: (row: string) => string;
}

/** Counted in the site's local days, as rating_days: a change of zone recounts it (sites/recountRatingDays.ts). */
const DAYS: TermRollup = { table: 'term_days', bucket: 'day', of: dayOf, counted: beforeRecountPoint };
/** The same per UTC hour, for a range's edges: no zone, never recounted. */
const HOURS: TermRollup = { table: 'term_hours', bucket: 'hour', of: (row) => `${row}.created_at / ${HOUR_MS}`, counted: () => '1' };
const ROLLUPS = [DAYS, HOURS];

const keyWhere = (rollup: TermRollup, row: string) => `site_id = ${row}.site_id AND ${rollup.bucket} = ${rollup.of(row)} AND term = ${row}.term`;
const addToRow = (rollup: TermRollup) => `
    ON CONFLICT (site_id, ${rollup.bucket}, term) DO UPDATE SET mentions = mentions + excluded.mentions`;

const add = (rollup: TermRollup) => `
    INSERT INTO ${rollup.table} SELECT NEW.site_id, ${rollup.of('NEW')}, NEW.term, 1 WHERE ${rollup.counted('NEW')}${addToRow(rollup)};`;
const remove = (rollup: TermRollup) => `
    UPDATE ${rollup.table} SET mentions = mentions - 1 WHERE ${keyWhere(rollup, 'OLD')} AND ${rollup.counted('OLD')};
    DELETE FROM ${rollup.table} WHERE ${keyWhere(rollup, 'OLD')} AND mentions = 0 AND ${rollup.counted('OLD')};`;

/** Each rollup's rows of the terms `where` picks (over `comment_terms AS t`), added to those there. */
const rollupRowsSql = (rollups: readonly TermRollup[], where: (rollup: TermRollup) => string) =>
  rollups.map(
    (rollup) => `
  INSERT INTO ${rollup.table}
  SELECT t.site_id, ${rollup.of('t')}, t.term, count(*) FROM comment_terms t
   WHERE ${where(rollup)}
   GROUP BY 1, 2, 3${addToRow(rollup)}`,
  );

/** term_days' rows of the terms `where` picks: a zone recount's step, beside the ratings'. */
export const termDaysRowsSql = (where: string) => rollupRowsSql([DAYS], () => where);

/**
 * Every site's term rollups from its terms: the migration's backfill, and
 * bench/bulkLoad.ts's after its load; a site being recounted in a new zone
 * keeps the terms past its recount's point for the recount.
 */
export const TERM_DAYS_BACKFILL_SQL = rollupRowsSql(ROLLUPS, (rollup) => rollup.counted('t')).join(';\n');

/** The rollups' tables. */
export const TERM_ROLLUP_TABLES = ROLLUPS.map(({ table }) => table);
/** The one counted in local days, which a change of zone empties and recounts. */
export const ZONED_TERM_TABLE = DAYS.table;

const each = (sql: (rollup: TermRollup) => string) => ROLLUPS.map(sql).join('');

const tableOf = (rollup: TermRollup) => `
  -- How many comments of the site said the term in the ${rollup.bucket === 'day' ? 'local day' : 'UTC hour'}.
  CREATE TABLE ${rollup.table} (
    site_id INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
    ${rollup.bucket} INTEGER NOT NULL,
    term TEXT NOT NULL,
    mentions INTEGER NOT NULL,
    PRIMARY KEY (site_id, ${rollup.bucket}, term)
  ) STRICT, WITHOUT ROWID;`;

export const termDays: Migration = {
  version: 36,
  name: 'term_days, term_hours: comment terms per site, local day or UTC hour, kept by triggers on comment_terms',
  sql: `
  ${each(tableOf)}

  CREATE TRIGGER comment_terms_term_days_insert AFTER INSERT ON comment_terms
  BEGIN ${each(add)}
  END;
  CREATE TRIGGER comment_terms_term_days_delete AFTER DELETE ON comment_terms
  BEGIN ${each(remove)}
  END;
  CREATE TRIGGER comment_terms_term_days_update AFTER UPDATE OF site_id, created_at, term ON comment_terms
  BEGIN ${each(remove)}${each(add)}
  END;

  -- The terms stored before this migration, in the days rating_days counts in.
  ${TERM_DAYS_BACKFILL_SQL};
`,
};
