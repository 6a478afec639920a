import type { ComponentChildren } from 'preact';
import type { Site } from '../../../../shared/schemas/site.ts';
import { listSites } from '../../api/dashboardApi.ts';
import { useRequest } from '../../hooks/useRequest.ts';
import { chooseSite } from '../../state/urlState.ts';
import { AppHeader } from '../AppHeader.tsx';
import { ErrorNotice } from '../ErrorNotice.tsx';
import { LoadingState } from '../LoadingState.tsx';
import { NoSites } from '../NoSites.tsx';
import { SiteSelector } from '../SiteSelector.tsx';
import { SiteTimeZone } from './siteTimeZone.ts';

interface Props {
  /** The site asked for in the address; the first site otherwise. */
  wanted?: string;
  /** Another site chosen in the header's selector. */
  onSelectSite: (key: string) => void;
  children: (site: Site) => ComponentChildren;
}

/**
 * The frame of every page about one site: loads the sites, says so while it
 * does or when there are none, then shows the header with the site selector
 * and the chosen site's page.
 */
export function SitePage({ wanted, onSelectSite, children }: Props) {
  const sites = useRequest((signal) => listSites(signal), []);
  const site = sites.data && chooseSite(sites.data, wanted);
  return (
    <>
      <AppHeader>{sites.data && site && <SiteSelector sites={sites.data} selected={site.key} onSelect={onSelectSite} />}</AppHeader>
      <main class="page">
        {!sites.data ? (
          sites.error ? (
            <ErrorNotice title="Could not load your sites" error={sites.error} onRetry={sites.retry} />
          ) : (
            <LoadingState label="Loading sites…" />
          )
        ) : !site ? (
          <NoSites onReload={sites.retry} />
        ) : (
          <SiteTimeZone.Provider value={site.timeZone}>{children(site)}</SiteTimeZone.Provider>
        )}
      </main>
    </>
  );
}
