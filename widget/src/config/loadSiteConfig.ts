import type { SiteConfig } from '../../../shared/schemas/siteConfig.ts';

const KEY = 'touchpoint:config:';
const TIMEOUT_MS = 5_000;

/**
 * The site's public configuration (journeys, live surveys, appearance): fetched once per visit and
 * kept in sessionStorage, so later pages need no request. Undefined when the
 * collector cannot be reached: the widget then works without it.
 */
export async function loadSiteConfig(api: string, site: string): Promise<SiteConfig | undefined> {
  try {
    let text = sessionStorage.getItem(KEY + site);
    if (!text) {
      const res = await fetch(`${api}/v1/sites/${encodeURIComponent(site)}/config`, {
        credentials: 'omit',
        signal: AbortSignal.timeout?.(TIMEOUT_MS),
      });
      if (!res.ok) return undefined;
      text = await res.text();
      sessionStorage.setItem(KEY + site, text);
    }
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
