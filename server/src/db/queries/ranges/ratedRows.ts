import type { Db } from '../../openDatabase.ts';
import { edgeParts } from './edgeParts.ts';
import { localDayNumberSql } from './localDaySql.ts';
import { ratingDaysPlan, type RatingDaysPlan } from './ratingDaysPlan.ts';
import { ratingDaysFilters, type ViewRange } from './viewRange.ts';

/** A column a rating view groups by, named as in `responses`. */
export type RatedDimension = 'path' | 'channel' | 'device' | 'lang' | 'returning_visitor' | 'attributes' | 'day';

// rating_days stores a missing device or language as '' and an unknown visitor as -1 (so they can be in its key).
const FROM_ROLLUP: Record<RatedDimension, string> = {
  path: 'path',
  channel: 'channel',
  device: `nullif(device, '') AS device`,
  lang: `nullif(lang, '') AS lang`,
  returning_visitor: `nullif(returning_visitor, -1) AS returning_visitor`,
  attributes: `nullif(attributes, '') AS attributes`,
  day: 'day',
};
const HISTOGRAM = [1, 2, 3, 4, 5];
/** What rating_days_pages keeps apart: enough for the views that split and filter by page and channel only. */
const BY_PAGE: readonly RatedDimension[] = ['path', 'channel', 'day'];
/** What rating_days_attributes (migration 40) keeps apart: the attribute set besides page and channel. */
const BY_ATTRIBUTES: readonly RatedDimension[] = [...BY_PAGE, 'attributes'];
/** Each local-day rollup's hourly twin, for a range's edges. */
const HOURS_OF: Record<string, string | undefined> = { rating_days_pages: 'rating_hours_pages', rating_days_attributes: 'rating_hours_attributes' };

const byAttributes = (range: ViewRange, dimensions: readonly RatedDimension[]) => range.attrKey !== null || dimensions.includes('attributes');
const byPageOnly = (range: ViewRange, dimensions: readonly RatedDimension[], columns: readonly RatedDimension[]) =>
  dimensions.every((d) => columns.includes(d)) && !range.device && !range.lang && range.returning === null;

/** The smallest rollup that holds what the query reads. */
const rollupFor = (range: ViewRange, dimensions: readonly RatedDimension[]) => {
  if (byAttributes(range, dimensions)) return 'rating_days_attributes';
  return byPageOnly(range, dimensions, BY_PAGE) ? 'rating_days_pages' : 'rating_days';
};


// A rollup stores a rating without attributes under '' (json_each would refuse it); a response stores NULL.
const ATTRIBUTE_FILTER = `EXISTS (SELECT 1 FROM json_each(nullif(attributes, '')) WHERE key = @attrKey AND value = @attrValue)`;

export interface RatedRowsSql {
  sql: string;
  params: Record<string, unknown>;
}

/**
 * The range's ratings as rows of counts, to aggregate over: `dimensions`, then
 * `ratings` (how many), `total` (their sum), `comments` (when asked; how many
 * carried one) and `r1`…`r5` (how many of each). Its whole local days come
 * from rating_days (or rating_days_pages, when page and channel are all the
 * query splits and filters by, or rating_days_attributes, when an attribute
 * set is besides them: take the plan from ratedRowsPlan); its edges (up to a
 * day at each end) from the ratings themselves, one row each, through the
 * covering index responses_ratings, or for the two smaller rollups' queries
 * from their hourly twins but for the part of an hour at each end.
 */
export function ratedRowsSql(
  range: ViewRange,
  plan: RatingDaysPlan,
  dimensions: readonly RatedDimension[],
  { comments = false } = {},
): RatedRowsSql {
  const filters = [...ratingDaysFilters(range), ...(range.attrKey !== null ? [ATTRIBUTE_FILTER] : [])].map((clause) => `\n     AND ${clause}`).join('');
  const day = dimensions.includes('day') ? localDayNumberSql('created_at', range) : { sql: '', params: {} };
  const counts = (n: string, rating: string, comment: string, r: (n: number) => string) =>
    [n, rating, ...(comments ? [comment] : []), ...HISTOGRAM.map(r)].join(', ');
  const rawColumns = [
    ...dimensions.map((d) => (d === 'day' ? `${day.sql} AS day` : d)),
    counts('1', 'rating', 'comment IS NOT NULL', (r) => `rating = ${r}`),
  ].join(', ');
  const rolledCounts = counts('ratings', 'total', 'comments', (r) => `r${r}`);
  const table = rollupFor(range, dimensions);
  const hourly = HOURS_OF[table];
  const params: Record<string, unknown> = { ...range, ...plan, ...day.params };
  // An edge's ratings are all of one local day (ratingDaysPlan.ts): the day before the whole days, or the day they end on.
  const edge = (from: number, to: number, localDay: number) =>
    edgeParts(from, to, hourly !== undefined).map(({ hours, ...bounds }) => {
      const name = `edge${Object.keys(params).length}`;
      params[`${name}From`] = bounds.from;
      params[`${name}To`] = bounds.to;
      params[`${name}Day`] = localDay;
      if (!hours) {
        return `
  SELECT ${rawColumns} FROM responses
   WHERE site_id = @siteId AND created_at >= @${name}From AND created_at < @${name}To AND rating IS NOT NULL${filters}`;
      }
      const columns = dimensions.map((d) => (d === 'day' ? `@${name}Day AS day` : FROM_ROLLUP[d]));
      return `
  SELECT ${[...columns, rolledCounts].join(', ')} FROM ${hourly}
   WHERE site_id = @siteId AND hour >= @${name}From AND hour < @${name}To${filters}`;
    });
  const parts = [
    `
  SELECT ${[...dimensions.map((d) => FROM_ROLLUP[d]), rolledCounts].join(', ')} FROM ${table}
   WHERE site_id = @siteId AND day >= @dayFrom AND day < @dayTo${filters}`,
    ...edge(range.from, plan.headTo, plan.dayFrom - 1),
    ...edge(plan.tailFrom, range.to, plan.dayTo),
  ];
  return { sql: parts.join('\n  UNION ALL'), params };
}

/**
 * The range's ratings as rows of counts through the rollups (ratedRowsSql), or
 * null when none holds them (ratingDaysPlan.ts), and the ratings must be read:
 * an attribute filter or split is held only with page and channel
 * (rating_days_attributes), not with a device, language or visitor filter or
 * split, nor under a theme or tag.
 */
export function rolledRatedRows(
  db: Db,
  range: ViewRange,
  dimensions: readonly RatedDimension[],
  options: { comments?: boolean } = {},
): RatedRowsSql | null {
  if (byAttributes(range, dimensions) && !byPageOnly(range, dimensions, BY_ATTRIBUTES)) return null;
  const plan = ratingDaysPlan(db, { ...range, attrKey: null, attrValue: null });
  return plan && ratedRowsSql(range, plan, dimensions, options);
}

/** The histogram's columns summed over rated rows, named r1…r5 as the queries that read ratings name them. */
export const HISTOGRAM_SUMS = HISTOGRAM.map((r) => `sum(r${r}) AS r${r}`).join(', ');
