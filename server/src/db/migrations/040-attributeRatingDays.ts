import { beforeRecountPoint, column, LOCAL_DAY, ratingTriggersSql, rollupRowsSql, tableOf, UTC_HOUR, type RatingRollup } from './034-ratingDays.ts';
import type { Migration } from './Migration.ts';

// Migration 40 (issue 16): page ratings per site, local day (and UTC hour, for
// a range's edges), page, channel and the attribute set a rating carried, so
// an attribute filter or split (segments by `attr:plan`, a summary or journey
// map for `plan:gold`) reads counts instead of every rating of its range. Kept
// by triggers as rating_days is (migration 34) and recounted with it when the
// site's zone changes. Keyed by the stored JSON, as attribute_days (migration
// 37) is: a site's ratings carry a few sets, and a view unpacks each once.
// Released SQL: change it only through a new migration.

/** A rating without attributes is stored under '' so the set can be part of the key. */
const KEPT_APART = [column('path'), column('channel'), column('attributes', `''`)];

const BY_ATTRIBUTES: RatingRollup = { table: 'rating_days_attributes', bucket: LOCAL_DAY, columns: KEPT_APART };
const HOURS_BY_ATTRIBUTES: RatingRollup = { table: 'rating_hours_attributes', bucket: UTC_HOUR, columns: KEPT_APART };
const ROLLUPS = [BY_ATTRIBUTES, HOURS_BY_ATTRIBUTES];

export const ATTRIBUTE_RATING_TABLES = ROLLUPS.map(({ table }) => table);
/** The table counted in local days, which a change of zone empties and recounts. */
export const ZONED_ATTRIBUTE_RATING_TABLE = BY_ATTRIBUTES.table;

/** The local-day rollup's rows of the ratings `where` picks (over `responses AS r`): a recount's step. */
export const attributeRatingDaysRowsSql = (where: string) => rollupRowsSql([BY_ATTRIBUTES], where)[0]!;

/**
 * Both rollups from every site's ratings, but for the local days of a site
 * being recounted past its point (the recount's): the migration's backfill,
 * and bench/bulkLoad.ts's.
 */
export const ATTRIBUTE_RATING_BACKFILL_SQL = [
  attributeRatingDaysRowsSql(beforeRecountPoint('r')),
  ...rollupRowsSql([HOURS_BY_ATTRIBUTES], '1'),
].join(';\n');

export const attributeRatingDays: Migration = {
  version: 40,
  name: 'rating_days_attributes, rating_hours_attributes: page ratings per site, local day or hour, page, channel and attribute set, kept by triggers',
  sql: `
  ${ROLLUPS.map(tableOf).join('')}
  ${ratingTriggersSql('attribute_ratings', ROLLUPS, 'site_id, created_at, rating, comment, path, channel, attributes')}

  -- The ratings stored before this migration.
  ${ATTRIBUTE_RATING_BACKFILL_SQL};
`,
};
