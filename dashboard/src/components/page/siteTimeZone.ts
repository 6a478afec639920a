import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

/**
 * The shown site's IANA zone, given by SitePage to everything under it: the
 * range picker's "today", the charts' days and "this week" are the site's,
 * whatever zone the viewer's browser is in.
 */
export const SiteTimeZone = createContext('UTC');

export function useSiteTimeZone(): string {
  return useContext(SiteTimeZone);
}
