import type { ViewFilters } from '../../../shared/schemas/viewFilters.ts';

export interface SummaryRange {
  /** ISO instants; `to` is exclusive. */
  from: string;
  to: string;
}

/** The view filters besides the dates (shared/schemas/viewFilters.ts), as the dashboard keeps them. */
export type ViewFilterValues = Omit<ViewFilters, 'from' | 'to'>;

export const FILTER_NAMES = ['device', 'path', 'touchpoint', 'channel', 'lang', 'visitor', 'attr', 'theme', 'tag'] as const satisfies readonly (keyof ViewFilterValues)[];

/** `?from&to&…filters` for any insight endpoint; filters left out when unset. */
export function viewQuery(range: SummaryRange, filters: ViewFilterValues, extra: Record<string, string | number | undefined> = {}): URLSearchParams {
  const query = new URLSearchParams({ from: range.from, to: range.to });
  for (const name of FILTER_NAMES) {
    const value = filters[name];
    if (value) query.set(name, value);
  }
  for (const [name, value] of Object.entries(extra)) if (value !== undefined && value !== '') query.set(name, String(value));
  return query;
}
