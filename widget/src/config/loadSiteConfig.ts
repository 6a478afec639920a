import type { SiteConfig } from '../../../shared/schemas/siteConfig.ts';

const KEY = 'touchpoint:config:';
const TIMEOUT_MS = 5_000;

/**
 * The site's public configuration (journeys, live surveys, appearance). Asked
 * for on every page view: the collector marks it cacheable for a minute, so the
 * browser's HTTP cache answers most of these without a request, and a survey a
 * site owner makes live reaches pages within a minute. The visit's last good
 * copy (sessionStorage) stands in when the collector cannot be reached;
 * undefined when there is none: the widget then works without it.
 */
export async function loadSiteConfig(api: string, site: string): Promise<SiteConfig | undefined> {
  let text: string | null = null;
  try {
    const res = await fetch(`${api}/v1/sites/${encodeURIComponent(site)}/config`, {
      credentials: 'omit',
      signal: AbortSignal.timeout?.(TIMEOUT_MS),
    });
    if (res.ok) text = await res.text();
  } catch {
    // Offline or collector down: fall back to this visit's copy.
  }
  try {
    if (text) {
      const config = JSON.parse(text) as SiteConfig;
      sessionStorage.setItem(KEY + site, text);
      return config;
    }
    const kept = sessionStorage.getItem(KEY + site);
    return kept ? (JSON.parse(kept) as SiteConfig) : undefined;
  } catch {
    return undefined;
  }
}
