import type { SegmentDimension } from '../../../shared/schemas/segments.ts';
import type { DateRange } from './dateRange.ts';
import { parseViewFilters, writeViewFilters } from './filterParams.ts';
import { parseSplit, writeSplit } from './splitParam.ts';
import { formatOverviewQuery, parseOverviewQuery } from './urlState.ts';
import type { ViewFilterValues } from './viewFilters.ts';

/** What every insight view shows, kept in the address so it can be shared and carried to the next view. */
export interface InsightQuery {
  site?: string;
  range: DateRange;
  /** Device, page or touchpoint, visitor, language, channel, attribute, theme, tag; empty: everything. */
  filters: ViewFilterValues;
  /** What the overview's segment split card splits by; undefined: the default (device). Not carried to other views. */
  split?: SegmentDimension;
}

/** Reads `?site&from&to` as the overview does, plus the view filters; invalid filters mean all. */
export function parseInsightQuery(search: string, now: Date): InsightQuery {
  const params = new URLSearchParams(search);
  return { ...parseOverviewQuery(search, now), filters: parseViewFilters(params), split: parseSplit(params) };
}

export function formatInsightQuery(query: InsightQuery): string {
  return `?${writeSplit(writeViewFilters(new URLSearchParams(formatOverviewQuery(query)), query.filters), query.split)}`;
}

/** `/fix-first?site=…&from=…&to=…&device=…`: a link to another view with the same site, range and filters. */
export function insightLink(path: string, query: InsightQuery): string {
  return path + formatInsightQuery({ ...query, split: undefined });
}
