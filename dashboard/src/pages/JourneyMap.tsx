import { PeakEndCard } from '../components/insight/PeakEndCard.tsx';
import type { JourneyMap } from '../../../shared/schemas/journeyMap.ts';
import { getJourneyMap } from '../api/insightApi.ts';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { InsightHead } from '../components/insight/InsightHead.tsx';
import { NoFilterMatches } from '../components/insight/NoFilterMatches.tsx';
import { StageColumn } from '../components/insight/StageColumn.tsx';
import { UnmappedPages } from '../components/insight/UnmappedPages.tsx';
import { LoadingState } from '../components/LoadingState.tsx';
import { InsightPage, type InsightView } from '../components/page/InsightPage.tsx';
import { useRequest } from '../hooks/useRequest.ts';
import { rangeLengthInDays, toApiRange } from '../state/dateRange.ts';
import { hasViewFilters } from '../state/filterParams.ts';
import { insightLink, type InsightQuery } from '../state/insightQuery.ts';
import '../components/EmptyState.css';
import '../styles/page.css';
import './JourneyMap.css';

/** `/journey-map`: stages left to right, their touchpoints scored, worst one marked. */
export function JourneyMapPage() {
  return <InsightPage title="Journey map">{(view) => <SiteJourneyMap {...view} />}</InsightPage>;
}

function SiteJourneyMap(view: InsightView) {
  const { site, query, effective, address: search, setQuery } = view;
  const { range, filters } = query;

  const map = useRequest(
    (signal) => getJourneyMap(site.key, toApiRange(range), filters, signal),
    [site.key, search],
  );
  const clearFilters = () => setQuery({ ...effective, filters: {} });
  const stale = map.loading && map.data !== undefined;
  const days = rangeLengthInDays(range);
  return (
    <>
      <InsightHead title="Journey map" view={view} />
      {map.error && <ErrorNotice title="Could not load the journey map" error={map.error} onRetry={map.retry} />}
      {map.data && !map.error ? (
        <div class={stale ? 'summary is-stale' : 'summary'} aria-busy={stale}>
          {hasViewFilters(filters) && isEmptyMap(map.data) ? (
            <NoFilterMatches onClear={clearFilters} />
          ) : (
            <JourneyMapView map={map.data} query={effective} period={days === 1 ? 'previous day' : `previous ${days} days`} />
          )}
        </div>
      ) : (
        !map.error && <LoadingState label="Loading the journey map…" />
      )}
      <PeakEndCard siteKey={site.key} range={toApiRange(range)} filters={filters} />
    </>
  );
}

/** No rating and no abandonment anywhere on the map, mapped or not. */
function isEmptyMap(map: JourneyMap): boolean {
  const scores = [...map.stages.map((stage) => stage.current), map.unmapped.current];
  return scores.every((s) => s.responses === 0 && s.abandonments === 0);
}

function JourneyMapView({ map, query, period }: { map: JourneyMap; query: InsightQuery; period: string }) {
  const editHref = insightLink('/touchpoints', query);
  const touchpoints = map.stages.reduce((sum, stage) => sum + stage.touchpoints.length, 0);
  return (
    <>
      {touchpoints === 0 ? (
        <section class="empty-state card" aria-labelledby="no-touchpoints-title">
          <h2 id="no-touchpoints-title">Map your pages to touchpoints</h2>
          <p>
            A touchpoint is a group of pages shoppers experience as one step, such as “Product pages” for{' '}
            <code>/product/*</code>. Put each in a stage (before, during or after purchase) and this map scores them
            side by side.
          </p>
          <p>
            <a class="button button-primary" href={editHref}>
              Set up touchpoints
            </a>
          </p>
        </section>
      ) : (
        <>
          <p class="map-legend muted">
            <span class="legend-item">
              <span class="legend-chip chip-good" aria-hidden="true" /> good
            </span>
            <span class="legend-item">
              <span class="legend-chip chip-fair" aria-hidden="true" /> fair
            </span>
            <span class="legend-item">
              <span class="legend-chip chip-poor" aria-hidden="true" /> poor
            </span>
            <span class="legend-text">
              Colour: net experience (share of 4–5 ratings minus share of 1–2). ± is the 95% interval. Changes are
              against the {period}; coloured only when significant. Fewer than {map.minSample} ratings: not enough data.
            </span>
          </p>
          <section class="journey-map" role="region" aria-label="Journey map">
            {map.stages.map((stage) => (
              <StageColumn key={stage.key} stage={stage} period={period} editHref={editHref} />
            ))}
          </section>
        </>
      )}
      <UnmappedPages unmapped={map.unmapped} editHref={editHref} />
      <p class="map-links">
        <a href={insightLink('/fix-first', query)}>What to fix first →</a>
        <a href={editHref}>Edit touchpoints and stages</a>
      </p>
    </>
  );
}
