import { getSurveyResults } from '../../api/surveysApi.ts';
import { useRequest } from '../../hooks/useRequest.ts';
import { rangeLengthInDays, toApiRange } from '../../state/dateRange.ts';
import { hasViewFilters } from '../../state/filterParams.ts';
import { formatSurveyQuery, type SurveyQuery } from '../../state/surveyQuery.ts';
import type { ViewFilterValues } from '../../state/viewFilters.ts';
import { ErrorNotice } from '../ErrorNotice.tsx';
import { NoFilterMatches } from '../insight/NoFilterMatches.tsx';
import { LoadingState } from '../LoadingState.tsx';
import { SurveyResultsView } from './SurveyResultsView.tsx';

interface ResultsProps {
  siteKey: string;
  survey: string;
  query: SurveyQuery;
  version: number;
  onFilters: (filters: ViewFilterValues) => void;
}

/** One survey's results under the range and filters; `version` reloads them after a change. */
export function SurveyResultsPane({ siteKey, survey, query, version, onFilters }: ResultsProps) {
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
