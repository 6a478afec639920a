import { edgeParts } from './edgeParts.ts';
import { localDayNumberSql } from './localDaySql.ts';
import type { RatingDaysPlan } from './ratingDaysPlan.ts';
import { ratingDaysFilters, type ViewRange } from './viewRange.ts';

/** A column a rating view groups by, named as in `responses`. */
export type RatedDimension = 'path' | 'channel' | 'device' | 'lang' | 'returning_visitor' | 'day';

// rating_days stores a missing device or language as '' and an unknown visitor as -1 (so they can be in its key).
const FROM_ROLLUP: Record<RatedDimension, string> = {
  path: 'path',
  channel: 'channel',
  device: `nullif(device, '') AS device`,
  lang: `nullif(lang, '') AS lang`,
  returning_visitor: `nullif(returning_visitor, -1) AS returning_visitor`,
  day: 'day',
};
const HISTOGRAM = [1, 2, 3, 4, 5];
/** What rating_days_pages keeps apart: enough for the views that split and filter by page and channel only. */
const BY_PAGE: readonly RatedDimension[] = ['path', 'channel', 'day'];

/** The smaller rollup when it holds what the query reads. */
const rollupFor = (range: ViewRange, dimensions: readonly RatedDimension[]) =>
  dimensions.every((d) => BY_PAGE.includes(d)) && !range.device && !range.lang && range.returning === null ? 'rating_days_pages' : 'rating_days';

export interface RatedRowsSql {
  sql: string;
  params: Record<string, unknown>;
}

/**
 * The range's ratings as rows of counts, to aggregate over: `dimensions`, then
 * `ratings` (how many), `total` (their sum), `comments` (when asked; how many
 * carried one) and `r1`…`r5` (how many of each). Its whole local days come
 * from rating_days (or rating_days_pages, when page and channel are all the
 * query splits and filters by); its edges (up to a day at each end) from the
 * ratings themselves, one row each, through the covering index
 * responses_ratings, or for rating_days_pages' queries from
 * rating_hours_pages but for the part of an hour at each end.
 */
export function ratedRowsSql(
  range: ViewRange,
  plan: RatingDaysPlan,
  dimensions: readonly RatedDimension[],
  { comments = false } = {},
): RatedRowsSql {
  const filters = ratingDaysFilters(range).map((clause) => `\n     AND ${clause}`).join('');
  const day = dimensions.includes('day') ? localDayNumberSql('created_at', range) : { sql: '', params: {} };
  const counts = (n: string, rating: string, comment: string, r: (n: number) => string) =>
    [n, rating, ...(comments ? [comment] : []), ...HISTOGRAM.map(r)].join(', ');
  const rawColumns = [
    ...dimensions.map((d) => (d === 'day' ? `${day.sql} AS day` : d)),
    counts('1', 'rating', 'comment IS NOT NULL', (r) => `rating = ${r}`),
  ].join(', ');
  const rolledCounts = counts('ratings', 'total', 'comments', (r) => `r${r}`);
  const table = rollupFor(range, dimensions);
  const params: Record<string, unknown> = { ...range, ...plan, ...day.params };
  // An edge's ratings are all of one local day (ratingDaysPlan.ts): the day before the whole days, or the day they end on.
  const edge = (from: number, to: number, localDay: number) =>
    edgeParts(from, to, table === 'rating_days_pages').map(({ hours, ...bounds }) => {
      const name = `edge${Object.keys(params).length}`;
      params[`${name}From`] = bounds.from;
      params[`${name}To`] = bounds.to;
      params[`${name}Day`] = localDay;
      if (!hours) {
        return `
  SELECT ${rawColumns} FROM responses
   WHERE site_id = @siteId AND created_at >= @${name}From AND created_at < @${name}To AND rating IS NOT NULL${filters}`;
      }
      const columns = dimensions.map((d) => (d === 'day' ? `@${name}Day AS day` : d));
      return `
  SELECT ${[...columns, rolledCounts].join(', ')} FROM rating_hours_pages
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

/** The histogram's columns summed over rated rows, named r1…r5 as the queries that read ratings name them. */
export const HISTOGRAM_SUMS = HISTOGRAM.map((r) => `sum(r${r}) AS r${r}`).join(', ');
