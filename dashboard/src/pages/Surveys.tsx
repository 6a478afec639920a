import type { Site } from '../../../shared/schemas/site.ts';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { FilterBar } from '../components/insight/FilterBar.tsx';
import { LoadingState } from '../components/LoadingState.tsx';
import { SitePage } from '../components/page/SitePage.tsx';
import { usePageTitle } from '../components/page/usePageTitle.ts';
import { EditorWithJourneys } from '../components/surveys/EditorWithJourneys.tsx';
import { SurveyResultsPane } from '../components/surveys/SurveyResultsPane.tsx';
import { SurveySharePanel } from '../components/surveys/SurveySharePanel.tsx';
import { SurveysHead } from '../components/surveys/SurveysHead.tsx';
import { SurveysOverview } from '../components/surveys/SurveysOverview.tsx';
import { useSiteSurveys } from '../components/surveys/useSiteSurveys.ts';
import type { HistoryMode } from '../hooks/useUrlQuery.ts';
import { useSurveyQuery } from '../hooks/useSurveyQuery.ts';
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
  const surveys = useSiteSurveys(site, query, setQuery);
  const { list, selected, effective } = surveys;
  usePageTitle(...(selected ? [selected.name] : []), 'Surveys', site.name);

  if (surveys.editing) {
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
          editing={surveys.editing}
          takenKeys={surveys.takenKeys}
          onSaved={surveys.saved}
          onDeleted={surveys.deleted}
          onCancel={surveys.closeEditor}
        />
      </>
    );
  }

  return (
    <>
      <SurveysHead
        site={site}
        query={effective}
        selected={selected}
        busyKey={surveys.busyKey}
        onChange={surveys.change}
        onNew={() => surveys.pick(true)}
        onEdit={surveys.edit}
        onStatus={surveys.changeStatus}
      />
      <FilterBar siteKey={site.key} range={query.range} filters={query.filters} onChange={(filters) => surveys.change({ filters })} />
      {surveys.statusError && <ErrorNotice title="The status was not changed" error={surveys.statusError} />}
      {list.error && <ErrorNotice title="Could not load the surveys" error={list.error} onRetry={list.retry} />}
      {!list.data ? (
        !list.error && <LoadingState label="Loading surveys…" />
      ) : selected ? (
        <>
          <SurveyResultsPane
            siteKey={site.key}
            survey={selected.key}
            query={query}
            version={surveys.version}
            onFilters={(filters) => surveys.change({ filters })}
          />
          <SurveySharePanel siteKey={site.key} survey={selected.key} status={selected.status} />
        </>
      ) : (
        <SurveysOverview
          data={list.data}
          siteKey={site.key}
          picking={surveys.picking}
          busyKey={surveys.busyKey}
          hrefFor={(key) => formatSurveyQuery({ ...effective, survey: key })}
          onPick={surveys.startFrom}
          onCancelPick={() => surveys.pick(false)}
          onResults={(key) => surveys.change({ survey: key })}
          onEdit={surveys.edit}
          onStatus={surveys.changeStatus}
          onCooldown={surveys.reload}
        />
      )}
    </>
  );
}
