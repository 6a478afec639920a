import type { JourneyList } from '../shared/schemas/journey.ts';
import { CHECKOUT_JOURNEY } from './checkoutJourney.ts';
import { adminRequest, type AdminApi } from './collectorApi.ts';

/**
 * Declares the demo's checkout journey on a site when it has none by that key
 * (PUT, so running it twice changes nothing). A definition already there is
 * left alone: it may be one edited in the dashboard's journey editor.
 */
export async function ensureCheckoutJourney(api: AdminApi, siteKey: string): Promise<{ created: boolean }> {
  const site = `/api/sites/${encodeURIComponent(siteKey)}`;
  const { journeys } = await adminRequest<JourneyList>(api, 'GET', `${site}/journeys`);
  if (journeys.some((journey) => journey.key === CHECKOUT_JOURNEY.key)) return { created: false };
  await adminRequest(api, 'PUT', `${site}/journeys/${CHECKOUT_JOURNEY.key}`, CHECKOUT_JOURNEY);
  return { created: true };
}
