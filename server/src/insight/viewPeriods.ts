import { parseAttributeFilter, type ViewFilters } from '../../../shared/schemas/viewFilters.ts';
import { pagePathOf, touchpointForPath } from '../../../shared/touchpointForPath.ts';
import type { Db } from '../db/openDatabase.ts';
import { listRangePaths } from '../db/queries/responses/listRangePaths.ts';
import { listTouchpoints } from '../db/queries/sites/listTouchpoints.ts';
import type { ViewRange } from '../db/queries/ranges/viewRange.ts';
import { ApiError } from '../http/ApiError.ts';
import { previousPeriod } from '../../../shared/time/localDays.ts';
import { viewSpan } from './viewSpan.ts';

export interface ViewPeriods {
  current: ViewRange;
  previous: ViewRange;
}

/**
 * The pages a `path` and/or `touchpoint` filter leaves, as the JSON list the
 * queries take; null when neither is given. A page belongs to a touchpoint as
 * on the journey map: the first touchpoint whose rule matches it.
 */
function pathsFilter(db: Db, site: ViewSite, filters: ViewFilters, from: number, to: number): string | null {
  if (!filters.touchpoint) return filters.path ? JSON.stringify([filters.path]) : null;
  const touchpoints = listTouchpoints(db, site.id);
  const wanted = touchpoints.find((t) => t.key === filters.touchpoint);
  if (!wanted) throw new ApiError(404, 'not_found', `No touchpoint with key ${filters.touchpoint}.`);
  const paths = listRangePaths(db, { siteId: site.id, timeZone: site.timeZone, from, to }).filter(
    (path) => touchpointForPath(touchpoints, pagePathOf(path))?.key === wanted.key && (!filters.path || path === filters.path),
  );
  return JSON.stringify(paths);
}

/** The site a view reads: its id, and the zone whose local days cut its ranges and series. */
export interface ViewSite {
  id: number;
  timeZone: string;
}

/**
 * Without `from`, the 30 local days before `to`; without `to`, now; the
 * previous period is as many local days before (hours, when the range is not
 * whole days), so a week across a change of clocks compares with a week.
 */
export function viewPeriods(db: Db, site: ViewSite, filters: ViewFilters, now: number): ViewPeriods {
  const siteId = site.id;
  const { from, to } = viewSpan(filters, now, site.timeZone);
  const previousFrom = previousPeriod(from, to, site.timeZone).from;
  const attribute = parseAttributeFilter(filters.attr);
  const shared = {
    siteId,
    timeZone: site.timeZone,
    device: filters.device ?? null,
    channel: filters.channel ?? null,
    lang: filters.lang ?? null,
    paths: pathsFilter(db, site, filters, previousFrom, to),
    returning: filters.visitor ? (filters.visitor === 'returning' ? 1 : 0) as 0 | 1 : null,
    attrKey: attribute?.key ?? null,
    attrValue: attribute?.value ?? null,
    theme: filters.theme?.toLowerCase() ?? null,
    tag: filters.tag ?? null,
  };
  return { current: { ...shared, from, to }, previous: { ...shared, from: previousFrom, to: from } };
}
