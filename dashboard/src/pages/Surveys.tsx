import { useState } from 'preact/hooks';
import type { Site } from '../../../shared/schemas/site.ts';
import type { Survey, SurveyInput } from '../../../shared/schemas/survey.ts';
import { ApiError } from '../api/ApiError.ts';
import { listSurveys, setSurveyStatus } from '../api/surveysApi.ts';
import { DateRangePicker } from '../components/DateRangePicker.tsx';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { FilterBar } from '../components/insight/FilterBar.tsx';
import { LoadingState } from '../components/LoadingState.tsx';
import { StatusBadge } from '../components/surveys/StatusBadge.tsx';
import { draftFromSurvey } from '../components/surveys/surveyDraft.ts';
import { EditorWithJourneys, type Editing } from '../components/surveys/EditorWithJourneys.tsx';
import { StatusButton } from '../components/surveys/SurveyList.tsx';
import { SurveyResultsPane } from '../components/surveys/SurveyResultsPane.tsx';
import { SurveysOverview } from '../components/surveys/SurveysOverview.tsx';
import { triggerSummary } from '../components/surveys/triggerSummary.ts';
import { SitePage } from '../components/page/SitePage.tsx';
import { useAddressSync } from '../components/page/useAddressSync.ts';
import { usePageTitle } from '../components/page/usePageTitle.ts';
import { formatDayRange } from '../format.ts';
import type { HistoryMode } from '../hooks/useUrlQuery.ts';
import { useRequest } from '../hooks/useRequest.ts';
import { useSurveyQuery } from '../hooks/useSurveyQuery.ts';
import { toApiRange } from '../state/dateRange.ts';
import { formatSurveyQuery, type SurveyQuery } from '../state/surveyQuery.ts';
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
