import { useCallback, useEffect, useState } from 'preact/hooks';
import { formatSurveyQuery, parseSurveyQuery, type SurveyQuery } from '../state/surveyQuery.ts';
import type { HistoryMode } from './useOverviewQuery.ts';

/** The surveys view's choices, mirrored in the address bar; Back returns to the previous one (list ↔ results). */
export function useSurveyQuery(): [SurveyQuery, (next: SurveyQuery, mode?: HistoryMode) => void] {
  const [query, setQuery] = useState(() => parseSurveyQuery(location.search, new Date()));

  useEffect(() => {
    const onPopState = () => setQuery(parseSurveyQuery(location.search, new Date()));
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);

  const update = useCallback((next: SurveyQuery, mode: HistoryMode = 'push') => {
    const search = formatSurveyQuery(next);
    if (search !== location.search) {
      const url = location.pathname + search;
      if (mode === 'push') history.pushState(null, '', url);
      else history.replaceState(null, '', url);
    }
    setQuery(next);
  }, []);

  return [query, update];
}
