import type { TouchpointMap, TouchpointMapInput } from '../shared/schemas/touchpoint.ts';
import { adminRequest, type AdminApi } from './collectorApi.ts';

/** The demo shop's pages as touchpoints of the three stages, so its journey map has something to show. */
export const DEMO_TOUCHPOINTS: TouchpointMapInput = {
  stages: [
    { key: 'before', name: 'Discover' },
    { key: 'during', name: 'Buy' },
    { key: 'after', name: 'After purchase' },
  ],
  touchpoints: [
    { key: 'home', name: 'Home page', stage: 'before', rules: [{ type: 'exact', value: '/' }] },
    { key: 'products', name: 'Product pages', stage: 'before', rules: [{ type: 'pattern', value: '/product/*' }] },
    { key: 'cart', name: 'Cart', stage: 'during', rules: [{ type: 'exact', value: '/cart' }] },
    { key: 'shipping', name: 'Shipping details', stage: 'during', rules: [{ type: 'exact', value: '/checkout/shipping' }] },
    { key: 'payment', name: 'Payment', stage: 'during', rules: [{ type: 'exact', value: '/checkout/payment' }] },
    { key: 'confirmation', name: 'Order confirmation', stage: 'after', rules: [{ type: 'exact', value: '/checkout/thank-you' }] },
  ],
};

/**
 * Maps the demo shop's pages when the site has no touchpoints yet. A map
 * already there is left alone: it may be one edited on the Touchpoints page.
 */
export async function ensureDemoTouchpoints(api: AdminApi, siteKey: string): Promise<{ created: boolean }> {
  const path = `/api/sites/${encodeURIComponent(siteKey)}/touchpoints`;
  const current = await adminRequest<TouchpointMap>(api, 'GET', path);
  if (current.touchpoints.length > 0) return { created: false };
  await adminRequest(api, 'PUT', path, DEMO_TOUCHPOINTS);
  return { created: true };
}
