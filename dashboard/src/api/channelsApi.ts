import type { Channels } from '../../../shared/schemas/channels.ts';
import { apiRequest } from './client.ts';
import { viewQuery, type SummaryRange, type ViewFilterValues } from '../state/viewFilters.ts';

/** The channels compared; a channel filter is never sent, since the view compares them all. */
export function getChannels(siteKey: string, range: SummaryRange, { channel: _compared, ...filters }: ViewFilterValues, signal?: AbortSignal) {
  return apiRequest<Channels>(`/api/sites/${encodeURIComponent(siteKey)}/channels?${viewQuery(range, filters)}`, { signal });
}
