import type { DateRange } from './dateRange.ts';
import { parseViewFilters, writeViewFilters } from './filterParams.ts';
import { formatOverviewQuery, parseOverviewQuery } from './urlState.ts';
import type { ViewFilterValues } from './viewFilters.ts';

/** What every insight view shows, kept in the address so it can be shared and carried to the next view. */
export interface InsightQuery {
  site?: string;
  range: DateRange;
  /** Device, page or touchpoint, visitor, language, channel, attribute, theme, tag; empty: everything. */
  filters: ViewFilterValues;
}

/** Reads `?site&from&to` as the overview does, plus the view filters; invalid filters mean all. */
export function parseInsightQuery(search: string, now: Date): InsightQuery {
  return { ...parseOverviewQuery(search, now), filters: parseViewFilters(new URLSearchParams(search)) };
}

export function formatInsightQuery(query: InsightQuery): string {
  return `?${writeViewFilters(new URLSearchParams(formatOverviewQuery(query)), query.filters)}`;
}

/** `/fix-first?site=…&from=…&to=…&device=…`: a link to another view with the same site, range and filters. */
export function insightLink(path: string, query: InsightQuery): string {
  return path + formatInsightQuery(query);
}
