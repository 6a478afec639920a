import type { Site, SiteList } from '../shared/schemas/site.ts';
import { adminRequest } from './collectorApi.ts';
import { ensureCheckoutJourney } from './ensureCheckoutJourney.ts';
import { ensureDemoTouchpoints } from './demoTouchpoints.ts';
import { ensureOrderSurvey } from './ensureOrderSurvey.ts';

export const DEMO_SITE_NAME = 'Demo shop';
export const DEFAULT_DEMO_PORT = 5173;

/** The origins a browser uses for the demo shop on this port. */
export function demoOrigins(port: number = DEFAULT_DEMO_PORT): string[] {
  return [`http://localhost:${port}`, `http://127.0.0.1:${port}`];
}

export interface EnsureDemoSiteOptions {
  collectorUrl: string;
  adminToken: string;
  /** The demo shop's port (default 5173); the site's origins are built from it. */
  demoPort?: number;
  /** Overrides the origins built from `demoPort`; the first one identifies the site. */
  origins?: string[];
}

/**
 * Finds the site named "Demo shop" that accepts the demo shop's origin, or
 * creates it, through the admin API; either way makes sure it has the demo's
 * checkout journey (demo/checkoutJourney.ts), after-order survey (demo/orderSurvey.ts)
 * and touchpoint map (demo/demoTouchpoints.ts).
 */
export async function ensureDemoSite(options: EnsureDemoSiteOptions): Promise<{ key: string; created: boolean }> {
  const origins = options.origins ?? demoOrigins(options.demoPort);
  const api = { collectorUrl: options.collectorUrl, adminToken: options.adminToken };
  const { sites } = await adminRequest<SiteList>(api, 'GET', '/api/sites');
  const existing = sites.find((s) => s.name === DEMO_SITE_NAME && s.origins.includes(origins[0]!));
  const site = existing ?? (await adminRequest<Site>(api, 'POST', '/api/sites', { name: DEMO_SITE_NAME, origins }));
  await ensureCheckoutJourney(api, site.key);
  await ensureOrderSurvey(api, site.key);
  await ensureDemoTouchpoints(api, site.key);
  return { key: site.key, created: !existing };
}
