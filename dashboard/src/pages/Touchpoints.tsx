import type { Site } from '../../../shared/schemas/site.ts';
import { getTouchpoints } from '../api/insightApi.ts';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { TouchpointEditor } from '../components/touchpoints/TouchpointEditor.tsx';
import { LoadingState } from '../components/LoadingState.tsx';
import { SitePage } from '../components/page/SitePage.tsx';
import { usePageTitle } from '../components/page/usePageTitle.ts';
import { useInsightQuery } from '../hooks/useInsightQuery.ts';
import { useRequest } from '../hooks/useRequest.ts';
import { insightLink, type InsightQuery } from '../state/insightQuery.ts';

/** `/touchpoints`: which pages make up each touchpoint, and which stage each touchpoint is in. */
export function TouchpointsPage() {
  const [query, setQuery] = useInsightQuery();
  return (
    <SitePage wanted={query.site} onSelectSite={(key) => setQuery({ ...query, site: key })}>
      {(site) => <SiteTouchpoints key={site.key} site={site} query={{ ...query, site: site.key }} />}
    </SitePage>
  );
}

function SiteTouchpoints({ site, query }: { site: Site; query: InsightQuery }) {
  usePageTitle('Touchpoints', site.name);
  const stored = useRequest((signal) => getTouchpoints(site.key, signal), [site.key]);
  return (
    <>
      <div class="page-head">
        <div class="page-title">
          <h1>Touchpoints</h1>
          <p class="muted">
            {site.name} · group pages into touchpoints and place each in a stage of the journey.{' '}
            <a href={insightLink('/journey-map', query)}>See the journey map</a>
          </p>
        </div>
      </div>
      {stored.error && <ErrorNotice title="Could not load the touchpoints" error={stored.error} onRetry={stored.retry} />}
      {stored.data ? (
        <TouchpointEditor siteKey={site.key} initial={stored.data} />
      ) : (
        !stored.error && <LoadingState label="Loading touchpoints…" />
      )}
    </>
  );
}
