import type { Site } from '../../../shared/schemas/site.ts';
import { apiRequest } from './client.ts';

/** Sets the zone whose local days the site's views, ranges and digests use; answers the updated site. */
export function setSiteTimeZone(siteKey: string, timeZone: string): Promise<Site> {
  return apiRequest<Site>(`/api/sites/${encodeURIComponent(siteKey)}`, { method: 'PATCH', body: { timeZone } });
}
