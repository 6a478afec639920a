import { getLoop } from '../api/casesApi.ts';
import { BacklogBars } from '../components/cases/BacklogBars.tsx';
import { LoopFigureCards } from '../components/cases/LoopFigureCards.tsx';
import { LoopTeams } from '../components/cases/LoopTeams.tsx';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { InsightHead } from '../components/insight/InsightHead.tsx';
import { LoadingState } from '../components/LoadingState.tsx';
import { InsightPage, type InsightView } from '../components/page/InsightPage.tsx';
import { formatCount } from '../format.ts';
import { useRequest } from '../hooks/useRequest.ts';
import { rangeLengthInDays, toApiRange } from '../state/dateRange.ts';
import { insightLink } from '../state/insightQuery.ts';
import '../components/cases/cases.css';
import '../styles/page.css';

/** `/loop`: whether complaints get acted on and customers told, how fast, per team, against the previous period. */
export function LoopPage() {
  return <InsightPage title="Loop">{(view) => <SiteLoop {...view} />}</InsightPage>;
}

function SiteLoop(view: InsightView) {
  const { site, query, effective, address } = view;
  const loop = useRequest((signal) => getLoop(site.key, toApiRange(query.range), query.filters, signal), [address]);
  const data = loop.data;
  const days = rangeLengthInDays(query.range);
  const stale = loop.loading && data !== undefined;
  return (
    <>
      <InsightHead title="Closing the loop" view={view}>
        <p class="muted inbox-links">
          Cases opened in this period, against the {days === 1 ? 'previous day' : `previous ${days} days`}.{' '}
          <a href={insightLink('/inbox', effective)}>Inbox →</a>
        </p>
      </InsightHead>
      {loop.error && <ErrorNotice title="Could not load the loop figures" error={loop.error} onRetry={loop.retry} />}
      {data && !loop.error ? (
        <div class={stale ? 'summary is-stale' : 'summary'} aria-busy={stale}>
          <p class="loop-totals">
            Cases <strong>{formatCount(data.cases)}</strong> · acted on <strong>{formatCount(data.actedOn)}</strong> · customers told{' '}
            <strong>{formatCount(data.told)}</strong> · came back <strong>{formatCount(data.recovered)}</strong>
          </p>
          <LoopFigureCards now={data} before={data.previous} />
          <div class="loop-panels">
            <section class="panel card" aria-labelledby="loop-teams-title">
              <div class="panel-head">
                <h2 id="loop-teams-title">Per team</h2>
                <p class="muted panel-note">Median / p90 in hours from opening</p>
              </div>
              <LoopTeams teams={data.teams} />
            </section>
            <section class="panel card" aria-labelledby="backlog-title">
              <div class="panel-head">
                <h2 id="backlog-title">Backlog by age</h2>
                <p class="muted panel-note">Open cases now</p>
              </div>
              <BacklogBars backlog={data.backlog} />
            </section>
          </div>
        </div>
      ) : (
        !loop.error && <LoadingState label="Loading the loop figures…" />
      )}
    </>
  );
}
