import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Site } from '../../../../shared/schemas/site.ts';
import { SitePage } from './SitePage.tsx';

/** SitePage for a page whose address holds only `?site=`: another site chosen in the header replaces it in place. */
export function SiteParamPage({ children }: { children: (site: Site) => ComponentChildren }) {
  const [wanted, setWanted] = useState(() => new URLSearchParams(location.search).get('site') ?? undefined);
  return (
    <SitePage
      wanted={wanted}
      onSelectSite={(key) => {
        history.replaceState(null, '', `?site=${encodeURIComponent(key)}`);
        setWanted(key);
      }}
    >
      {children}
    </SitePage>
  );
}
