import { useState } from 'preact/hooks';
import type { ProblemKind } from '../../../shared/schemas/insightQuery.ts';
import { getFixFirst } from '../api/insightApi.ts';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { InsightHead } from '../components/insight/InsightHead.tsx';
import { NoFilterMatches } from '../components/insight/NoFilterMatches.tsx';
import { KindFilter } from '../components/insight/KindFilter.tsx';
import { ProblemList } from '../components/insight/ProblemList.tsx';
import { LoadingState } from '../components/LoadingState.tsx';
import { InsightPage, type InsightView } from '../components/page/InsightPage.tsx';
import { formatCount } from '../format.ts';
import { useRequest } from '../hooks/useRequest.ts';
import { rangeLengthInDays, toApiRange } from '../state/dateRange.ts';
import { hasViewFilters } from '../state/filterParams.ts';
import { insightLink } from '../state/insightQuery.ts';
import '../styles/page.css';
import './FixFirst.css';

const PAGE_SIZE = 20;

/** `/fix-first`: problems across pages, touchpoints, journey steps and reasons, most customers hurt first. */
export function FixFirstPage() {
  return <InsightPage title="What to fix first">{(view) => <SiteFixFirst {...view} />}</InsightPage>;
}

function SiteFixFirst(view: InsightView) {
  const { site, query, effective, address: search, setQuery } = view;
  const { range, filters } = query;
  const [kind, setKind] = useState<ProblemKind | undefined>(undefined);
  const [limit, setLimit] = useState(PAGE_SIZE);

  const result = useRequest(
    (signal) => getFixFirst(site.key, toApiRange(range), filters, { kind, limit }, signal),
    [site.key, search, kind, limit],
  );
  const stale = result.loading && result.data !== undefined;
  const days = rangeLengthInDays(range);
  const data = result.data;
  return (
    <>
      <InsightHead title="What to fix first" view={view} />
      <div class="fix-first-bar">
        <KindFilter
          kind={kind}
          onChange={(next) => {
            setKind(next);
            setLimit(PAGE_SIZE);
          }}
        />
        <p class="muted fix-first-note">
          Customers hurt = ratings of 1–2 + abandonments, against the {days === 1 ? 'previous day' : `previous ${days} days`}.
          <strong> Growing</strong>: at least doubled, beyond chance. <strong>New</strong>: none before, 5 or more now.
        </p>
      </div>
      {result.error && <ErrorNotice title="Could not load the problems" error={result.error} onRetry={result.retry} />}
      {data && !result.error ? (
        <div class={stale ? 'summary is-stale' : 'summary'} aria-busy={stale}>
          {data.problems.length === 0 && !kind && hasViewFilters(filters) ? (
            <NoFilterMatches what="ratings of 1–2 or abandonments" onClear={() => setQuery({ ...effective, filters: {} })} />
          ) : data.problems.length === 0 ? (
            <section class="panel card">
              <p class="empty-note">
                No ratings of 1–2 and no abandonments in this period{kind ? ' for this kind of problem' : ''}. Try a longer
                range.
              </p>
            </section>
          ) : (
            <>
            <ProblemList problems={data.problems} query={effective} />
            {data.total > data.problems.length && (
              <button type="button" class="button show-more" onClick={() => setLimit(limit + PAGE_SIZE)}>
                Show more ({formatCount(data.total - data.problems.length)} left)
              </button>
            )}
          </>
        )}
        <p class="map-links">
          <a href={insightLink('/journey-map', effective)}>Journey map →</a>
        </p>
      </div>
    ) : (
      !result.error && <LoadingState label="Loading the problems…" />
    )}
    </>
  );
}
