import type { Funnel } from '../../../shared/schemas/funnel.ts';
import type { Journey, JourneyInput, JourneyList } from '../../../shared/schemas/journey.ts';
import { apiRequest } from './client.ts';
import type { SummaryRange } from '../state/viewFilters.ts';
import { viewQuery, type ViewFilterValues } from '../state/viewFilters.ts';

function journeysPath(siteKey: string, journey?: string): string {
  const base = `/api/sites/${encodeURIComponent(siteKey)}/journeys`;
  return journey === undefined ? base : `${base}/${encodeURIComponent(journey)}`;
}

/** The declared journeys, and the keys of journeys only seen in events (declared on the pages). */
export function listJourneys(siteKey: string, signal?: AbortSignal): Promise<JourneyList> {
  return apiRequest<JourneyList>(journeysPath(siteKey), { signal });
}

/** Creates or replaces a journey; answers it as stored (with default reasons filled in). */
export function saveJourney(siteKey: string, journey: JourneyInput): Promise<Journey> {
  return apiRequest<Journey>(journeysPath(siteKey, journey.key), { method: 'PUT', body: journey });
}

export async function deleteJourney(siteKey: string, key: string): Promise<void> {
  await apiRequest<void>(journeysPath(siteKey, key), { method: 'DELETE' });
}

export function getFunnel(
  siteKey: string,
  journey: string,
  range: SummaryRange,
  filters: ViewFilterValues,
  signal?: AbortSignal,
): Promise<Funnel> {
  return apiRequest<Funnel>(`${journeysPath(siteKey, journey)}/funnel?${viewQuery(range, filters)}`, { signal });
}
