import { useMemo } from 'preact/hooks';
import type { SegmentDimension } from '../../../shared/schemas/segments.ts';
import type { Site } from '../../../shared/schemas/site.ts';
import type { Summary } from '../../../shared/schemas/summary.ts';
import { getSummary } from '../api/dashboardApi.ts';
import { CommentsList } from '../components/CommentsList.tsx';
import { DateRangePicker } from '../components/DateRangePicker.tsx';
import { FilterBar } from '../components/insight/FilterBar.tsx';
import { NoFilterMatches } from '../components/insight/NoFilterMatches.tsx';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { HeadlineCards } from '../components/HeadlineCards.tsx';
import { SegmentSplitCard } from '../components/insight/SegmentSplitCard.tsx';
import { ExportLinks } from '../components/ExportLinks.tsx';
import { JourneyStrip } from '../components/insight/JourneyStrip.tsx';
import { LoopGlanceCard } from '../components/cases/LoopGlanceCard.tsx';
import '../components/cases/cases.css';
import { TopProblemsCard } from '../components/insight/TopProblemsCard.tsx';
import { LoadingState } from '../components/LoadingState.tsx';
import { NoResponses } from '../components/NoResponses.tsx';
import { PagesTable } from '../components/PagesTable.tsx';
import { ResponsesChart } from '../components/ResponsesChart.tsx';
import { InsightPage, type InsightView } from '../components/page/InsightPage.tsx';
import { formatCount, formatDayRange } from '../format.ts';
import { useRequest } from '../hooks/useRequest.ts';
import { toApiRange } from '../state/dateRange.ts';
import { hasViewFilters } from '../state/filterParams.ts';
import { DEFAULT_SPLIT } from '../state/splitParam.ts';
import type { ViewFilterValues } from '../state/viewFilters.ts';
import '../styles/page.css';
import { ZoneNote } from '../components/ZoneNote.tsx';

/** `/`: the chosen site's scores, trend, pages and comments. */
export function OverviewPage() {
  return <InsightPage>{(view) => <SiteOverview {...view} />}</InsightPage>;
}

function SiteOverview({ site, query, effective, address, setQuery }: InsightView) {
  const { range, filters } = query;


  const summary = useRequest(
    (signal) => getSummary(site.key, toApiRange(range), filters, signal),
    [address],
  );
  const setFilters = (next: ViewFilterValues) => setQuery({ ...effective, filters: next });
  // "Now" for presets and relative times, refreshed with every load.
  const now = useMemo(() => new Date(), [summary.data]);
  const stale = summary.loading && summary.data !== undefined;

  return (
    <>
      <div class="page-head">
        <div class="page-title">
          <h1>{site.name}</h1>
          <p class="muted">
            {formatDayRange(range.from, range.to)} <ZoneNote />
          </p>
        </div>
        <DateRangePicker range={range} now={now} onChange={(next) => setQuery({ ...effective, range: next })} />
      </div>
      <FilterBar siteKey={site.key} range={range} filters={filters} onChange={setFilters} />

      {summary.error && (
        <ErrorNotice title="Could not load the numbers" error={summary.error} onRetry={summary.retry} />
      )}
      {/* After a failure the old numbers belong to another range or site, so they are not shown. */}
      {summary.data && !summary.error ? (
        <div class={stale ? 'summary is-stale' : 'summary'} aria-busy={stale}>
          <SummaryView
            summary={summary.data}
            site={site}
            now={now}
            filters={filters}
            onFilters={setFilters}
            split={query.split ?? DEFAULT_SPLIT}
            onSplit={(split) => setQuery({ ...effective, split: split === DEFAULT_SPLIT ? undefined : split })}
          />
        </div>
      ) : (
        !summary.error && <LoadingState label="Loading the numbers…" />
      )}
    </>
  );
}

interface SummaryViewProps {
  summary: Summary;
  site: Site;
  now: Date;
  filters: ViewFilterValues;
  onFilters: (next: ViewFilterValues) => void;
  split: SegmentDimension;
  onSplit: (next: SegmentDimension) => void;
}

function SummaryView({ summary, site, now, filters, onFilters, split, onSplit }: SummaryViewProps) {
  const { totals } = summary;
  return (
    <>
      <h2 class="visually-hidden">Headline numbers</h2>
      <HeadlineCards totals={totals} />
      {totals.responses === 0 && hasViewFilters(filters) ? (
        <NoFilterMatches onClear={() => onFilters({})} />
      ) : totals.responses === 0 ? (
        <NoResponses site={site} />
      ) : (
        <>
          <LoopGlanceCard siteKey={site.key} range={summary} filters={filters} />
          <div class="panel-grid first-screen">
            <TopProblemsCard siteKey={site.key} range={summary} filters={filters} />
            <JourneyStrip siteKey={site.key} range={summary} filters={filters} />
          </div>
          <SegmentSplitCard siteKey={site.key} range={summary} filters={filters} by={split} onBy={onSplit} />
          <section class="panel card" aria-labelledby="chart-title">
            <div class="panel-head">
              <h2 id="chart-title">Responses over time</h2>
              <p class="muted panel-note">
                <span class="legend-swatch swatch-bars" aria-hidden="true" /> responses per day
                <span class="legend-swatch swatch-line" aria-hidden="true" /> average rating (1–5, right axis)
              </p>
            </div>
            <ResponsesChart summary={summary} />
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
          <ExportLinks siteKey={site.key} range={summary} />
        </>
      )}
    </>
  );
}
