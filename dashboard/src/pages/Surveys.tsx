import { useState } from 'preact/hooks';
import type { Site } from '../../../shared/schemas/site.ts';
import type { Survey, SurveyInput } from '../../../shared/schemas/survey.ts';
import type { SurveyList as SurveyListData } from '../../../shared/schemas/surveyAdmin.ts';
import { ApiError } from '../api/ApiError.ts';
import { listJourneys } from '../api/journeysApi.ts';
import { getSurveyResults, listSurveys, setSurveyStatus } from '../api/surveysApi.ts';
import { DateRangePicker } from '../components/DateRangePicker.tsx';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { FilterBar } from '../components/insight/FilterBar.tsx';
import { NoFilterMatches } from '../components/insight/NoFilterMatches.tsx';
import { LoadingState } from '../components/LoadingState.tsx';
import { CooldownSetting } from '../components/surveys/CooldownSetting.tsx';
import { StatusBadge } from '../components/surveys/StatusBadge.tsx';
import { draftFromSurvey, type SurveyDraft } from '../components/surveys/surveyDraft.ts';
import { SurveyEditor } from '../components/surveys/SurveyEditor.tsx';
import { StatusButton, SurveyList } from '../components/surveys/SurveyList.tsx';
import { SurveyResultsView } from '../components/surveys/SurveyResultsView.tsx';
import { TemplatePicker } from '../components/surveys/TemplatePicker.tsx';
import { triggerSummary } from '../components/surveys/triggerSummary.ts';
import { SitePage } from '../components/page/SitePage.tsx';
import { useAddressSync } from '../components/page/useAddressSync.ts';
import { usePageTitle } from '../components/page/usePageTitle.ts';
import { formatDayRange } from '../format.ts';
import type { HistoryMode } from '../hooks/useUrlQuery.ts';
import { useRequest } from '../hooks/useRequest.ts';
import { useSurveyQuery } from '../hooks/useSurveyQuery.ts';
import { rangeLengthInDays, toApiRange } from '../state/dateRange.ts';
import { hasViewFilters } from '../state/filterParams.ts';
import { formatSurveyQuery, type SurveyQuery } from '../state/surveyQuery.ts';
import type { ViewFilterValues } from '../state/viewFilters.ts';
import '../components/EmptyState.css';
import '../components/insight/InsightHead.css';
import '../styles/page.css';
import './Surveys.css';

/** `/surveys`: NPS, CSAT and CES surveys: the list, the editor with its preview, and each survey's results. */
export function SurveysPage() {
  const [query, setQuery] = useSurveyQuery();
  return (
    <SitePage wanted={query.site} onSelectSite={(key) => setQuery({ site: key, range: query.range, filters: query.filters })}>
      {(site) => <SiteSurveys key={site.key} site={site} query={query} setQuery={setQuery} />}
    </SitePage>
  );
}

interface Props {
  site: Site;
  query: SurveyQuery;
  setQuery: (next: SurveyQuery, mode?: HistoryMode) => void;
}

interface Editing {
  draft: SurveyDraft;
  existing: boolean;
}

function SiteSurveys({ site, query, setQuery }: Props) {
  const [version, setVersion] = useState(0);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [picking, setPicking] = useState(false);
  const [busyKey, setBusyKey] = useState<string | null>(null);
  const [statusError, setStatusError] = useState<ApiError | null>(null);
  const { range } = query;
  const list = useRequest(
    (signal) => listSurveys(site.key, toApiRange(range), query.filters, signal),
    [formatSurveyQuery({ ...query, survey: undefined }), version],
  );
  const data = list.data;
  const selected = data?.surveys.find((s) => s.key === query.survey);
  const effective: SurveyQuery = { ...query, site: site.key, survey: data && !selected ? undefined : query.survey };

  useAddressSync(formatSurveyQuery(effective), () => setQuery(effective, 'replace'), data !== undefined);
  usePageTitle(...(selected ? [selected.name] : []), 'Surveys', site.name);

  const change = (patch: Partial<SurveyQuery>) => setQuery({ ...effective, ...patch });
  const takenKeys = data?.surveys.map((s) => s.key) ?? [];
  const startFrom = (survey: SurveyInput) => {
    setPicking(false);
    setEditing({ draft: draftFromSurvey(survey), existing: false });
  };
  const edit = (key: string) => {
    const found = data?.surveys.find((s) => s.key === key);
    if (found) setEditing({ draft: draftFromSurvey(found), existing: true });
  };
  const changeStatus = async (key: string, status: Survey['status']) => {
    setBusyKey(key);
    setStatusError(null);
    try {
      await setSurveyStatus(site.key, key, status);
      setVersion((v) => v + 1);
    } catch (error) {
      setStatusError(error instanceof ApiError ? error : new ApiError(0, 'internal', 'Could not change the status. Try again.'));
    } finally {
      setBusyKey(null);
    }
  };
  const saved = (survey: Survey) => {
    setEditing(null);
    setVersion((v) => v + 1);
    change({ survey: survey.key });
  };
  const deleted = () => {
    setEditing(null);
    setVersion((v) => v + 1);
    change({ survey: undefined });
  };

  if (editing) {
    return (
      <>
        <div class="page-head">
          <div class="page-title">
            <h1>Surveys</h1>
            <p class="muted">{site.name}</p>
          </div>
        </div>
        <EditorWithJourneys
          siteKey={site.key}
          editing={editing}
          takenKeys={takenKeys}
          onSaved={saved}
          onDeleted={deleted}
          onCancel={() => setEditing(null)}
        />
      </>
    );
  }

  return (
    <>
      {selected ? (
        <div class="page-head">
          <div class="page-title">
            <p class="survey-back">
              <a
                href={formatSurveyQuery({ ...effective, survey: undefined })}
                onClick={(e) => {
                  e.preventDefault();
                  change({ survey: undefined });
                }}
              >
                ← All surveys
              </a>
            </p>
            <h1>
              {selected.name} <StatusBadge status={selected.status} />
            </h1>
            <p class="muted">
              {triggerSummary(selected)} · {formatDayRange(range.from, range.to)} <span class="utc-note">(UTC days)</span>
            </p>
            <div class="survey-head-actions">
              <button type="button" class="button needs-member" onClick={() => edit(selected.key)}>
                Edit
              </button>
              <StatusButton survey={selected} busy={busyKey === selected.key} onStatus={changeStatus} />
            </div>
          </div>
          <div class="insight-controls">
            <DateRangePicker range={range} now={new Date()} onChange={(next) => change({ range: next })} />
          </div>
        </div>
      ) : (
        <div class="page-head">
          <div class="page-title">
            <h1>Surveys</h1>
            <p class="muted">
              {site.name} · {formatDayRange(range.from, range.to)} <span class="utc-note">(UTC days)</span>
            </p>
          </div>
          <div class="insight-controls">
            <DateRangePicker range={range} now={new Date()} onChange={(next) => change({ range: next })} />
            <button type="button" class="button button-primary needs-member" onClick={() => setPicking(true)}>
              New survey
            </button>
          </div>
        </div>
      )}

      <FilterBar siteKey={site.key} range={range} filters={query.filters} onChange={(filters) => change({ filters })} />
      {statusError && <ErrorNotice title="The status was not changed" error={statusError} />}
      {list.error && <ErrorNotice title="Could not load the surveys" error={list.error} onRetry={list.retry} />}
      {!data ? (
        !list.error && <LoadingState label="Loading surveys…" />
      ) : selected ? (
        <SurveyResultsPane
          siteKey={site.key}
          survey={selected.key}
          query={query}
          version={version}
          onFilters={(filters) => change({ filters })}
        />
      ) : (
        <SurveysOverview
          data={data}
          siteKey={site.key}
          picking={picking}
          busyKey={busyKey}
          hrefFor={(key) => formatSurveyQuery({ ...effective, survey: key })}
          onPick={startFrom}
          onCancelPick={() => setPicking(false)}
          onResults={(key) => change({ survey: key })}
          onEdit={edit}
          onStatus={changeStatus}
          onCooldown={() => setVersion((v) => v + 1)}
        />
      )}
    </>
  );
}

function SurveysOverview(props: {
  data: SurveyListData;
  siteKey: string;
  picking: boolean;
  busyKey: string | null;
  hrefFor: (key: string) => string;
  onPick: (survey: SurveyInput) => void;
  onCancelPick: () => void;
  onResults: (key: string) => void;
  onEdit: (key: string) => void;
  onStatus: (key: string, status: Survey['status']) => void;
  onCooldown: () => void;
}) {
  const { data } = props;
  const takenKeys = data.surveys.map((s) => s.key);
  return (
    <>
      {data.surveys.length === 0 ? (
        <>
          <section class="empty-state card" aria-labelledby="no-surveys-title">
            <h2 id="no-surveys-title">Ask shoppers at the right moment</h2>
            <p>
              A survey asks one to five questions (NPS, CSAT, CES, thumbs, choices or open text) when something happens
              on the page: after an order, on a page view, after some time or scrolling, or when the shopper is about to
              leave. Answers count as they are given, so a survey left half-way still tells you something.
            </p>
            <p class="muted">Start from a template below: no code is needed, other than one <code>touchpoint('track', …)</code> call for event triggers.</p>
          </section>
          <TemplatePicker takenKeys={takenKeys} onPick={props.onPick} />
        </>
      ) : (
        <>
          {props.picking && <TemplatePicker takenKeys={takenKeys} onPick={props.onPick} onCancel={props.onCancelPick} />}
          <section class="panel card" aria-labelledby="surveys-title">
            <div class="panel-head">
              <h2 id="surveys-title">Your surveys</h2>
              <p class="muted panel-note">Figures for the range above; the score is the first score question's</p>
            </div>
            <SurveyList
              surveys={data.surveys}
              figures={data.figures}
              busyKey={props.busyKey}
              hrefFor={props.hrefFor}
              onResults={props.onResults}
              onEdit={props.onEdit}
              onStatus={props.onStatus}
            />
          </section>
        </>
      )}
      <div class="panel-grid">
        <CooldownSetting siteKey={props.siteKey} cooldownDays={data.cooldownDays} onSaved={props.onCooldown} />
        <section class="panel card" aria-labelledby="track-title">
          <div class="panel-head">
            <h2 id="track-title">Event triggers</h2>
          </div>
          <p class="track-help">
            A survey triggered by an event waits for the page to report it, for example on the order confirmation page:
          </p>
          <pre class="code-block">{"touchpoint('track', 'order_completed');"}</pre>
          <p class="muted track-help">Live surveys reach pages with the widget's configuration, within a minute of a change.</p>
        </section>
      </div>
    </>
  );
}

interface ResultsProps {
  siteKey: string;
  survey: string;
  query: SurveyQuery;
  version: number;
  onFilters: (filters: ViewFilterValues) => void;
}

function SurveyResultsPane({ siteKey, survey, query, version, onFilters }: ResultsProps) {
  const { range, filters } = query;
  const results = useRequest(
    (signal) => getSurveyResults(siteKey, survey, toApiRange(range), filters, signal),
    [siteKey, survey, formatSurveyQuery(query), version],
  );
  const stale = results.loading && results.data !== undefined;
  const days = rangeLengthInDays(range);
  return (
    <>
      {results.error && <ErrorNotice title="Could not load the results" error={results.error} onRetry={results.retry} />}
      {results.data ? (
        <div class={stale ? 'summary is-stale' : 'summary'} aria-busy={stale}>
          {hasViewFilters(filters) && results.data.totals.shown === 0 && results.data.totals.answered === 0 ? (
            <NoFilterMatches what="survey answers" onClear={() => onFilters({})} />
          ) : (
            <SurveyResultsView results={results.data} period={days === 1 ? 'previous day' : `previous ${days} days`} />
          )}
        </div>
      ) : (
        !results.error && <LoadingState label="Loading the results…" />
      )}
    </>
  );
}

/** The editor, once the site's journeys are known (offered to the "journey completed" trigger). */
function EditorWithJourneys(props: {
  siteKey: string;
  editing: Editing;
  takenKeys: string[];
  onSaved: (survey: Survey) => void;
  onDeleted: (key: string) => void;
  onCancel: () => void;
}) {
  const journeys = useRequest((signal) => listJourneys(props.siteKey, signal), [props.siteKey]);
  const keys = journeys.data ? [...journeys.data.journeys.map((j) => j.key), ...journeys.data.undeclared] : [];
  return (
    <SurveyEditor
      siteKey={props.siteKey}
      initial={props.editing.draft}
      existing={props.editing.existing}
      takenKeys={props.takenKeys}
      journeys={keys}
      onSaved={props.onSaved}
      onDeleted={props.onDeleted}
      onCancel={props.onCancel}
    />
  );
}
