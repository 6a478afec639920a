import { useEffect, useMemo } from 'preact/hooks';
import type { Site } from '../../../shared/schemas/site.ts';
import type { Summary } from '../../../shared/schemas/summary.ts';
import { getSummary, listSites } from '../api/dashboardApi.ts';
import { AppHeader } from '../components/AppHeader.tsx';
import { CommentsList } from '../components/CommentsList.tsx';
import { DateRangePicker } from '../components/DateRangePicker.tsx';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { HeadlineCards } from '../components/HeadlineCards.tsx';
import { SegmentSplitCard } from '../components/insight/SegmentSplitCard.tsx';
import { TopProblemsCard } from '../components/insight/TopProblemsCard.tsx';
import { LoadingState } from '../components/LoadingState.tsx';
import { NoResponses } from '../components/NoResponses.tsx';
import { NoSites } from '../components/NoSites.tsx';
import { PagesTable } from '../components/PagesTable.tsx';
import { ResponsesChart } from '../components/ResponsesChart.tsx';
import { SiteSelector } from '../components/SiteSelector.tsx';
import { formatCount, formatDayRange } from '../format.ts';
import { useOverviewQuery, type HistoryMode } from '../hooks/useOverviewQuery.ts';
import { useRequest } from '../hooks/useRequest.ts';
import { toApiRange } from '../state/dateRange.ts';
import { chooseSite, formatOverviewQuery, type OverviewQuery } from '../state/urlState.ts';
import './Overview.css';

/** `/`: loads the sites, then shows the chosen one. */
export function OverviewPage() {
  const [query, setQuery] = useOverviewQuery();
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

  const site = chooseSite(sites.data, query.site);
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
  return <SiteOverview sites={sites.data} site={site} query={query} setQuery={setQuery} />;
}

interface SiteOverviewProps {
  sites: Site[];
  site: Site;
  query: OverviewQuery;
  setQuery: (next: OverviewQuery, mode?: HistoryMode) => void;
}

function SiteOverview({ sites, site, query, setQuery }: SiteOverviewProps) {
  const { range } = query;

  // Write the effective site and range into the address, so what is on screen
  // is what a copied link shows; replace, because the user did not navigate.
  useEffect(() => {
    const effective = { site: site.key, range };
    if (formatOverviewQuery(effective) !== location.search) setQuery(effective, 'replace');
  }, [site.key, range.from, range.to]);

  useEffect(() => {
    document.title = `${site.name} · Touchpoint`;
  }, [site.name]);

  const summary = useRequest(
    (signal) => getSummary(site.key, toApiRange(range), signal),
    [site.key, range.from, range.to],
  );
  // "Now" for presets and relative times, refreshed with every load.
  const now = useMemo(() => new Date(), [summary.data]);
  const stale = summary.loading && summary.data !== undefined;

  return (
    <>
      <AppHeader>
        <SiteSelector sites={sites} selected={site.key} onSelect={(key) => setQuery({ site: key, range })} />
      </AppHeader>
      <main class="page">
        <div class="page-head">
          <div class="page-title">
            <h1>{site.name}</h1>
            <p class="muted">
              {formatDayRange(range.from, range.to)} <span class="utc-note">(UTC days)</span>
            </p>
          </div>
          <DateRangePicker range={range} now={now} onChange={(next) => setQuery({ site: site.key, range: next })} />
        </div>

        {summary.error && (
          <ErrorNotice title="Could not load the numbers" error={summary.error} onRetry={summary.retry} />
        )}
        {/* After a failure the old numbers belong to another range or site, so they are not shown. */}
        {summary.data && !summary.error ? (
          <div class={stale ? 'summary is-stale' : 'summary'} aria-busy={stale}>
            <SummaryView summary={summary.data} site={site} now={now} />
          </div>
        ) : (
          !summary.error && <LoadingState label="Loading the numbers…" />
        )}
      </main>
    </>
  );
}

function SummaryView({ summary, site, now }: { summary: Summary; site: Site; now: Date }) {
  const { totals } = summary;
  return (
    <>
      <h2 class="visually-hidden">Headline numbers</h2>
      <HeadlineCards totals={totals} />
      {totals.responses === 0 ? (
        <NoResponses site={site} />
      ) : (
        <>
          <TopProblemsCard siteKey={site.key} range={summary} />
          <SegmentSplitCard siteKey={site.key} range={summary} />
          <section class="panel card" aria-labelledby="chart-title">
            <div class="panel-head">
              <h2 id="chart-title">Responses over time</h2>
              <p class="muted panel-note">
                <span class="legend-swatch swatch-bars" aria-hidden="true" /> responses per day
                <span class="legend-swatch swatch-line" aria-hidden="true" /> average rating (1–5, right axis)
              </p>
            </div>
            <ResponsesChart daily={summary.daily} />
          </section>
          <div class="panel-grid">
            <section class="panel card" aria-labelledby="pages-title">
              <div class="panel-head">
                <h2 id="pages-title">Pages</h2>
                <p class="muted panel-note">Worst average rating first · {formatCount(summary.pages.length)} pages</p>
              </div>
              <PagesTable pages={summary.pages} />
            </section>
            <section class="panel card" aria-labelledby="comments-title">
              <div class="panel-head">
                <h2 id="comments-title">Latest comments</h2>
                <p class="muted panel-note">{formatCount(totals.comments)} in this range</p>
              </div>
              <CommentsList comments={summary.comments} now={now} />
            </section>
          </div>
        </>
      )}
    </>
  );
}
