import { useState } from 'preact/hooks';
import type { Site } from '../../../shared/schemas/site.ts';
import { useInsightQuery } from '../hooks/useInsightQuery.ts';
import { SitePage } from '../components/page/SitePage.tsx';
import { usePageTitle } from '../components/page/usePageTitle.ts';
import { TimeZoneForm } from '../components/siteSettings/TimeZoneForm.tsx';
import '../styles/page.css';
import '../components/account/account.css';

/** `/site-settings`: the chosen site's own settings; for now its time zone, which decides where its days start. */
export function SiteSettingsPage() {
  const [query, setQuery] = useInsightQuery();
  return (
    <SitePage wanted={query.site} onSelectSite={(key) => setQuery({ ...query, site: key })}>
      {(site) => <SiteSettings key={site.key} site={site} />}
    </SitePage>
  );
}

function SiteSettings({ site }: { site: Site }) {
  usePageTitle('Site settings', site.name);
  const [timeZone, setTimeZone] = useState(site.timeZone);
  const shown = { ...site, timeZone };
  return (
    <>
      <div class="page-head">
        <div class="page-title">
          <h1>Site settings</h1>
          <p class="muted">
            {site.name} · <a href={`/?${new URLSearchParams({ site: site.key })}`}>Back to the overview</a>
          </p>
        </div>
      </div>
      <TimeZoneForm site={shown} onSaved={setTimeZone} />
    </>
  );
}
