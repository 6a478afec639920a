import { useMemo, useState } from 'preact/hooks';
import type { Funnel } from '../../../shared/schemas/funnel.ts';
import type { Journey, JourneyList as JourneyListData } from '../../../shared/schemas/journey.ts';
import type { Site } from '../../../shared/schemas/site.ts';
import { getFunnel, listJourneys } from '../api/journeysApi.ts';
import { DateRangePicker } from '../components/DateRangePicker.tsx';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { FilterBar } from '../components/insight/FilterBar.tsx';
import { NoFilterMatches } from '../components/insight/NoFilterMatches.tsx';
import { AbandonmentHeadline } from '../components/journeys/AbandonmentHeadline.tsx';
import { FunnelSteps } from '../components/journeys/FunnelSteps.tsx';
import { JourneyEditor } from '../components/journeys/JourneyEditor.tsx';
import { blankDraft, checkoutDraft, draftFromJourney, type JourneyDraft } from '../components/journeys/journeyDraft.ts';
import { JourneyFilters } from '../components/journeys/JourneyFilters.tsx';
import { JourneyList } from '../components/journeys/JourneyList.tsx';
import { NoJourneyVisits, NoJourneys } from '../components/journeys/NoJourneys.tsx';
import { ReasonsByPage } from '../components/journeys/ReasonsByPage.tsx';
import { reasonTrend } from '../components/journeys/reasonTrendData.ts';
import { ReasonTrendChart } from '../components/journeys/ReasonTrendChart.tsx';
import { StepReasons } from '../components/journeys/StepReasons.tsx';
import { LoadingState } from '../components/LoadingState.tsx';
import { SitePage } from '../components/page/SitePage.tsx';
import { useAddressSync } from '../components/page/useAddressSync.ts';
import { usePageTitle } from '../components/page/usePageTitle.ts';
import { formatCount, formatDayRange } from '../format.ts';
import { useJourneyQuery } from '../hooks/useJourneyQuery.ts';
import type { HistoryMode } from '../hooks/useUrlQuery.ts';
import { useRequest } from '../hooks/useRequest.ts';
import { rangeLengthInDays, toApiRange } from '../state/dateRange.ts';
import { chooseJourney, formatJourneyQuery, type JourneyQuery } from '../state/journeyQuery.ts';
import { hasViewFilters } from '../state/filterParams.ts';
import type { ViewFilterValues } from '../state/viewFilters.ts';
import { inSiteZone } from '../state/urlState.ts';
import { useSiteTimeZone } from '../components/page/siteTimeZone.ts';
import '../styles/page.css';
import './Abandonment.css';
import { ZoneNote } from '../components/ZoneNote.tsx';

/** `/journeys`: where shoppers drop out of each journey, and what they said stopped them. */
export function AbandonmentPage() {
  const [query, setQuery] = useJourneyQuery();
  return (
    <SitePage wanted={query.site} onSelectSite={(key) => setQuery({ site: key, range: query.range, filters: query.filters })}>
      {(site) => <SiteAbandonment key={site.key} site={site} query={inSiteZone(query, site.timeZone, new Date())} setQuery={setQuery} />}
    </SitePage>
  );
}

interface SiteProps {
  site: Site;
  query: JourneyQuery;
  setQuery: (next: JourneyQuery, mode?: HistoryMode) => void;
}

interface Editing {
  draft: JourneyDraft;
  existing: boolean;
}

function SiteAbandonment({ site, query, setQuery }: SiteProps) {
  const [listVersion, setListVersion] = useState(0);
  const journeys = useRequest((signal) => listJourneys(site.key, signal), [site.key, listVersion]);
  const [editing, setEditing] = useState<Editing | null>(null);
  const list = journeys.data;
  const keys = list ? [...list.journeys.map((j) => j.key), ...list.undeclared] : [];
  const journeyKey = chooseJourney(keys, query.journey);
  const journey = list?.journeys.find((j) => j.key === journeyKey);
  const { range } = query;

  const address = formatJourneyQuery({ ...query, site: site.key, journey: journeyKey });
  useAddressSync(address, () => setQuery({ ...query, site: site.key, journey: journeyKey }, 'replace'), list !== undefined);
  usePageTitle('Abandonment', site.name);

  const change = (patch: Partial<JourneyQuery>) => setQuery({ ...query, site: site.key, journey: journeyKey, ...patch });
  const setFilters = (filters: ViewFilterValues) => change({ filters });
  const edit = (key: string) => {
    const found = list?.journeys.find((j) => j.key === key);
    setEditing(found ? { draft: draftFromJourney(found), existing: true } : { draft: blankDraft(key), existing: false });
  };
  const create = () => {
    // The checkout template only while the site has no checkout journey: never a silent replace.
    const declared = list?.journeys.map((j) => j.key) ?? [];
    setEditing({ draft: declared.includes('checkout') ? blankDraft() : checkoutDraft(), existing: false });
  };
  const saved = (savedJourney: Journey) => {
    setEditing(null);
    setListVersion((v) => v + 1);
    change({ journey: savedJourney.key });
  };
  const deleted = (key: string) => {
    setEditing(null);
    setListVersion((v) => v + 1);
    // Show another journey; this one's funnel may be gone (its events, if any, stay listed).
    change({ journey: keys.find((k) => k !== key) });
  };

  return (
    <>
      <div class="page-head">
        <div class="page-title">
          <h1>Abandonment</h1>
          <p class="muted">
            {journeyKey && `${journey?.name ?? journeyKey} · `}
            {formatDayRange(range.from, range.to)} <ZoneNote />
          </p>
        </div>
        <div class="abandonment-controls">
          {list && keys.length > 0 && !editing && (
            <JourneyFilters
              list={list}
              journey={journeyKey!}
              onJourney={(key) => change({ journey: key })}
            />
          )}
          <DateRangePicker range={range} now={new Date()} onChange={(next) => change({ range: next })} />
        </div>
      </div>
      {!editing && <FilterBar siteKey={site.key} range={range} filters={query.filters} onChange={setFilters} />}

      {journeys.error && <ErrorNotice title="Could not load the journeys" error={journeys.error} onRetry={journeys.retry} />}
      {!list ? (
        !journeys.error && <LoadingState label="Loading journeys…" />
      ) : editing ? (
        <JourneyEditor
          siteKey={site.key}
          initial={editing.draft}
          existing={editing.existing}
          declaredKeys={list.journeys.map((j) => j.key)}
          onSaved={saved}
          onDeleted={deleted}
          onCancel={() => setEditing(null)}
        />
      ) : (
        <>
        {journeyKey ? (
          <JourneyFunnel siteKey={site.key} journey={journeyKey} query={query} onFilters={setFilters} />
        ) : (
          <NoJourneys onCreate={create} />
        )}
        {keys.length > 0 && (
          <JourneysPanel
            list={list}
            selected={journeyKey}
            onView={(key) => change({ journey: key })}
            onEdit={edit}
            onCreate={create}
          />
        )}
      </>
    )}
    </>
  );
}

function JourneysPanel(props: {
  list: JourneyListData;
  selected?: string;
  onView: (key: string) => void;
  onEdit: (key: string) => void;
  onCreate: () => void;
}) {
  return (
    <section class="panel card" aria-labelledby="journeys-title">
      <div class="panel-head">
        <h2 id="journeys-title">Journeys</h2>
        <p class="muted panel-note">Steps by page rules; the widget asks “What stopped you?” when a shopper leaves one</p>
      </div>
      <JourneyList {...props} onDefine={props.onEdit} />
    </section>
  );
}

interface FunnelProps {
  siteKey: string;
  journey: string;
  query: JourneyQuery;
  onFilters: (filters: ViewFilterValues) => void;
}

function JourneyFunnel({ siteKey, journey, query, onFilters }: FunnelProps) {
  const { range, filters } = query;
  const funnel = useRequest(
    (signal) => getFunnel(siteKey, journey, toApiRange(range), filters, signal),
    [siteKey, journey, formatJourneyQuery(query)],
  );
  const stale = funnel.loading && funnel.data !== undefined;
  return (
    <>
      {funnel.error && <ErrorNotice title="Could not load the funnel" error={funnel.error} onRetry={funnel.retry} />}
      {funnel.data ? (
        <div class={stale ? 'summary is-stale' : 'summary'} aria-busy={stale}>
          {hasViewFilters(filters) && funnel.data.totals.visits === 0 && funnel.data.totals.answers === 0 ? (
            <NoFilterMatches what="journey visits" onClear={() => onFilters({})} />
          ) : (
            <FunnelView funnel={funnel.data} days={rangeLengthInDays(range)} />
          )}
        </div>
      ) : (
        !funnel.error && <LoadingState label="Loading the funnel…" />
      )}
    </>
  );
}

function FunnelView({ funnel, days }: { funnel: Funnel; days: number }) {
  const timeZone = useSiteTimeZone();
  const trend = useMemo(() => {
    const labels = new Map(funnel.reasons.map((r) => [r.reason, r.label]));
    return reasonTrend(funnel, (reason) => labels.get(reason) ?? reason, timeZone);
  }, [funnel, timeZone]);
  const labelOf = (reason: string) => funnel.reasons.find((r) => r.reason === reason)?.label ?? reason;
  const { totals } = funnel;

  return (
    <>
      <h2 class="visually-hidden">Headline numbers</h2>
      <AbandonmentHeadline totals={totals} previous={funnel.previous} days={days} />
      {totals.visits === 0 && totals.answers === 0 ? (
        <NoJourneyVisits name={funnel.name} />
      ) : (
        <>
          <section class="panel card" aria-labelledby="funnel-title">
            <div class="panel-head">
              <h2 id="funnel-title">Funnel</h2>
              <p class="muted panel-note">
                <span class="legend-swatch swatch-reached" aria-hidden="true" /> reached the step
                <span class="legend-swatch swatch-abandoned" aria-hidden="true" /> left there (went no further, did not
                complete)
              </p>
            </div>
            <FunnelSteps steps={funnel.steps} totals={totals} />
          </section>

          <section class="panel card" aria-labelledby="reasons-title">
            <div class="panel-head">
              <h2 id="reasons-title">What stopped them</h2>
              <p class="muted panel-note">
                {formatCount(totals.answers)} {totals.answers === 1 ? 'answer' : 'answers'} to “What stopped you?”, by
                step
              </p>
            </div>
            <StepReasons steps={funnel.steps} reasons={funnel.reasons} />
          </section>

          {totals.answers > 0 && (
            <div class="panel-grid">
              <section class="panel card" aria-labelledby="trend-title">
                <div class="panel-head">
                  <h2 id="trend-title">Reasons over time</h2>
                  <p class="muted panel-note">Answers per day</p>
                </div>
                <ReasonTrendChart trend={trend} />
              </section>
              <section class="panel card" aria-labelledby="by-page-title">
                <div class="panel-head">
                  <h2 id="by-page-title">Reasons by page</h2>
                  <p class="muted panel-note">Where each answer was given</p>
                </div>
                <ReasonsByPage rows={funnel.reasonsByPage} labelOf={labelOf} />
              </section>
            </div>
          )}
        </>
      )}
    </>
  );
}
