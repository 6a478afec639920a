import { useCallback, useEffect, useState } from 'preact/hooks';
import { formatJourneyQuery, parseJourneyQuery, type JourneyQuery } from '../state/journeyQuery.ts';
import type { HistoryMode } from './useOverviewQuery.ts';

/** The abandonment view's choices, mirrored in the address bar; Back returns to the previous one. */
export function useJourneyQuery(): [JourneyQuery, (next: JourneyQuery, mode?: HistoryMode) => void] {
  const [query, setQuery] = useState(() => parseJourneyQuery(location.search, new Date()));

  useEffect(() => {
    const onPopState = () => setQuery(parseJourneyQuery(location.search, new Date()));
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);

  const update = useCallback((next: JourneyQuery, mode: HistoryMode = 'push') => {
    const search = formatJourneyQuery(next);
    if (search !== location.search) {
      const url = location.pathname + search;
      if (mode === 'push') history.pushState(null, '', url);
      else history.replaceState(null, '', url);
    }
    setQuery(next);
  }, []);

  return [query, update];
}
