import { useCallback, useEffect, useState } from 'preact/hooks';
import { formatInsightQuery, parseInsightQuery, type InsightQuery } from '../state/insightQuery.ts';
import type { HistoryMode } from './useOverviewQuery.ts';

/** The insight views' site, range and device, mirrored in the address bar; Back returns to the previous choice. */
export function useInsightQuery(): [InsightQuery, (next: InsightQuery, mode?: HistoryMode) => void] {
  const [query, setQuery] = useState(() => parseInsightQuery(location.search, new Date()));

  useEffect(() => {
    const onPopState = () => setQuery(parseInsightQuery(location.search, new Date()));
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);

  const update = useCallback((next: InsightQuery, mode: HistoryMode = 'push') => {
    const search = formatInsightQuery(next);
    if (search !== location.search) {
      const url = location.pathname + search;
      if (mode === 'push') history.pushState(null, '', url);
      else history.replaceState(null, '', url);
    }
    setQuery(next);
  }, []);

  return [query, update];
}
