import type { FixFirst } from '../../../shared/schemas/fixFirst.ts';
import type { ProblemKind } from '../../../shared/schemas/insightQuery.ts';
import type { JourneyMap } from '../../../shared/schemas/journeyMap.ts';
import type { Device } from '../../../shared/schemas/response.ts';
import type { TouchpointMap, TouchpointMapInput } from '../../../shared/schemas/touchpoint.ts';
import { apiRequest } from './client.ts';
import type { SummaryRange } from './dashboardApi.ts';

function sitePath(siteKey: string, view: string, query?: URLSearchParams): string {
  return `/api/sites/${encodeURIComponent(siteKey)}/${view}${query ? `?${query}` : ''}`;
}

function rangeQuery(range: SummaryRange, device: Device | undefined): URLSearchParams {
  const query = new URLSearchParams({ from: range.from, to: range.to });
  if (device) query.set('device', device);
  return query;
}

export function getJourneyMap(siteKey: string, range: SummaryRange, device: Device | undefined, signal?: AbortSignal) {
  return apiRequest<JourneyMap>(sitePath(siteKey, 'journey-map', rangeQuery(range, device)), { signal });
}

export interface FixFirstOptions {
  kind?: ProblemKind;
  limit?: number;
}

export function getFixFirst(
  siteKey: string,
  range: SummaryRange,
  device: Device | undefined,
  { kind, limit }: FixFirstOptions,
  signal?: AbortSignal,
) {
  const query = rangeQuery(range, device);
  if (kind) query.set('kind', kind);
  if (limit) query.set('limit', String(limit));
  return apiRequest<FixFirst>(sitePath(siteKey, 'fix-first', query), { signal });
}

export function getTouchpoints(siteKey: string, signal?: AbortSignal) {
  return apiRequest<TouchpointMap>(sitePath(siteKey, 'touchpoints'), { signal });
}

/** Replaces the whole map; answers it as stored. */
export function saveTouchpoints(siteKey: string, map: TouchpointMapInput) {
  return apiRequest<TouchpointMap>(sitePath(siteKey, 'touchpoints'), { method: 'PUT', body: map });
}
