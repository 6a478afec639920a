import type { Site, SiteList } from '../../../shared/schemas/site.ts';
import type { Summary } from '../../../shared/schemas/summary.ts';
import { viewQuery, type SummaryRange, type ViewFilterValues } from '../state/viewFilters.ts';
import { apiRequest } from './client.ts';

/** Trades the admin token for the session cookie; throws ApiError on a wrong token. */
export async function signIn(token: string): Promise<void> {
  await apiRequest<{ ok: true }>('/auth/login', { method: 'POST', body: { token }, redirectOnUnauthorized: false });
}

export async function signOut(): Promise<void> {
  await apiRequest<{ ok: true }>('/auth/logout', { method: 'POST', body: {}, redirectOnUnauthorized: false });
}

export async function listSites(signal?: AbortSignal): Promise<Site[]> {
  const { sites } = await apiRequest<SiteList>('/api/sites', { signal });
  return sites;
}

export function getSummary(siteKey: string, range: SummaryRange, filters: ViewFilterValues, signal?: AbortSignal): Promise<Summary> {
  return apiRequest<Summary>(`/api/sites/${encodeURIComponent(siteKey)}/summary?${viewQuery(range, filters)}`, { signal });
}
