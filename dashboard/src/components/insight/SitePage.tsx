import type { ComponentChildren } from 'preact';
import type { Site } from '../../../../shared/schemas/site.ts';
import { listSites } from '../../api/dashboardApi.ts';
import { useRequest } from '../../hooks/useRequest.ts';
import { chooseSite } from '../../state/urlState.ts';
import { AppHeader } from '../AppHeader.tsx';
import { ErrorNotice } from '../ErrorNotice.tsx';
import { LoadingState } from '../LoadingState.tsx';
import { NoSites } from '../NoSites.tsx';

interface Props {
  /** The site asked for in the address; the first site otherwise. */
  wanted?: string;
  children: (sites: Site[], site: Site) => ComponentChildren;
}

/** Loads the sites, says so while it does or when there are none, then renders the chosen one. */
export function SitePage({ wanted, children }: Props) {
  const sites = useRequest((signal) => listSites(signal), []);
  if (!sites.data) {
    return (
      <>
        <AppHeader />
        <main class="page">
          {sites.error ? (
            <ErrorNotice title="Could not load your sites" error={sites.error} onRetry={sites.retry} />
          ) : (
            <LoadingState label="Loading sites…" />
          )}
        </main>
      </>
    );
  }
  const site = chooseSite(sites.data, wanted);
  if (!site) {
    return (
      <>
        <AppHeader />
        <main class="page">
          <NoSites onReload={sites.retry} />
        </main>
      </>
    );
  }
  return <>{children(sites.data, site)}</>;
}
