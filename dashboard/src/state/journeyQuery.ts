import type { DateRange } from './dateRange.ts';
import { parseViewFilters, writeViewFilters } from './filterParams.ts';
import { formatOverviewQuery, parseOverviewQuery } from './urlState.ts';
import type { ViewFilterValues } from './viewFilters.ts';

/** What the abandonment view shows, kept in the address like the other views'. */
export interface JourneyQuery {
  site?: string;
  journey?: string;
  range: DateRange;
  /** The view filters every insight view shares; empty: everything. */
  filters: ViewFilterValues;
}

/** Reads `?site&from&to` as the overview does, plus `journey` and the view filters. */
export function parseJourneyQuery(search: string, now: Date): JourneyQuery {
  const params = new URLSearchParams(search);
  const journey = params.get('journey')?.trim() || undefined;
  return { ...parseOverviewQuery(search, now), journey, filters: parseViewFilters(params) };
}

export function formatJourneyQuery(query: JourneyQuery): string {
  const params = new URLSearchParams(formatOverviewQuery(query));
  if (query.journey) params.set('journey', query.journey);
  return `?${writeViewFilters(params, query.filters)}`;
}

/** The journey to show: the one asked for if the site has it, else the first. */
export function chooseJourney(keys: readonly string[], wanted: string | undefined): string | undefined {
  return keys.find((key) => key === wanted) ?? keys[0];
}
