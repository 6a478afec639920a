import type { FilterOptions } from '../../../shared/schemas/filterOptions.ts';
import { apiRequest } from './client.ts';
import type { SummaryRange } from '../state/viewFilters.ts';

/** The pages, languages, channels and attributes the view filters can be set to in a period. */
export function getFilterOptions(siteKey: string, range: SummaryRange, signal?: AbortSignal) {
  const query = new URLSearchParams({ from: range.from, to: range.to });
  return apiRequest<FilterOptions>(`/api/sites/${encodeURIComponent(siteKey)}/filter-options?${query}`, { signal });
}
