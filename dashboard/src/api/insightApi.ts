import type { FixFirst } from '../../../shared/schemas/fixFirst.ts';
import type { ProblemKind } from '../../../shared/schemas/insightQuery.ts';
import type { JourneyMap } from '../../../shared/schemas/journeyMap.ts';
import type { TouchpointMap, TouchpointMapInput } from '../../../shared/schemas/touchpoint.ts';
import { apiRequest } from './client.ts';
import type { SummaryRange } from '../state/viewFilters.ts';
import { viewQuery, type ViewFilterValues } from '../state/viewFilters.ts';

function sitePath(siteKey: string, view: string, query?: URLSearchParams): string {
  return `/api/sites/${encodeURIComponent(siteKey)}/${view}${query ? `?${query}` : ''}`;
}

export function getJourneyMap(siteKey: string, range: SummaryRange, filters: ViewFilterValues, signal?: AbortSignal) {
  return apiRequest<JourneyMap>(sitePath(siteKey, 'journey-map', viewQuery(range, filters)), { signal });
}

export interface FixFirstOptions {
  kind?: ProblemKind;
  limit?: number;
}

export function getFixFirst(
  siteKey: string,
  range: SummaryRange,
  filters: ViewFilterValues,
  { kind, limit }: FixFirstOptions,
  signal?: AbortSignal,
) {
  const query = viewQuery(range, filters, { kind, limit });
  return apiRequest<FixFirst>(sitePath(siteKey, 'fix-first', query), { signal });
}

export function getTouchpoints(siteKey: string, signal?: AbortSignal) {
  return apiRequest<TouchpointMap>(sitePath(siteKey, 'touchpoints'), { signal });
}

/** Replaces the whole map; answers it as stored. */
export function saveTouchpoints(siteKey: string, map: TouchpointMapInput) {
  return apiRequest<TouchpointMap>(sitePath(siteKey, 'touchpoints'), { method: 'PUT', body: map });
}
