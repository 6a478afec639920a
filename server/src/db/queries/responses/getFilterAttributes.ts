import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import type { SiteRange } from '../ranges/dateRange.ts';
import { ratingDaysPlan } from '../ranges/ratingDaysPlan.ts';
import { unfilteredRange } from '../ranges/viewRange.ts';

export interface AttributeSetCount {
  /** The JSON object a response carried, as stored. */
  attributes: string;
  count: number;
}

// Grouped by the stored JSON, unpacked in code: most responses of a site carry
// one of a few sets, and unpacking each set once is cheaper than json_each on
// every row (about half the time for a month of a million-a-year site).
const RAW = `
  SELECT attributes, count(*) AS count
    FROM responses
   WHERE site_id = @siteId AND created_at >= @from AND created_at < @to AND attributes IS NOT NULL
   GROUP BY attributes`;

// The range's whole local days from attribute_days (migration 37), counted in
// the days rating_days is and recounted with it; the edges from the responses.
const edge = (from: string, to: string) => `
      SELECT attributes, 1 FROM responses
       WHERE site_id = @siteId AND created_at >= @${from} AND created_at < @${to} AND attributes IS NOT NULL`;
const ROLLED = `
  SELECT attributes, sum(responses) AS count FROM (
      SELECT attributes, responses FROM attribute_days WHERE site_id = @siteId AND day >= @dayFrom AND day < @dayTo
      UNION ALL${edge('from', 'headTo')}
      UNION ALL${edge('tailFrom', 'to')})
   GROUP BY attributes`;

/** How many responses in the range carried each set of attributes, unordered. */
export function getFilterAttributes(db: Db, range: SiteRange & { timeZone: string }): AttributeSetCount[] {
  const plan = ratingDaysPlan(db, unfilteredRange(range));
  const params = { siteId: range.siteId, from: range.from, to: range.to };
  return (plan ? statement(db, ROLLED).all({ ...params, ...plan }) : statement(db, RAW).all(params)) as AttributeSetCount[];
}
