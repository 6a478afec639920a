import { useCallback, useEffect, useState } from 'preact/hooks';
import { formatOverviewQuery, parseOverviewQuery, type OverviewQuery } from '../state/urlState.ts';

export type HistoryMode = 'push' | 'replace';

/**
 * The chosen site and range, mirrored in the address bar. Choices push a
 * history entry so Back returns to the previous view.
 */
export function useOverviewQuery(): [OverviewQuery, (next: OverviewQuery, mode?: HistoryMode) => void] {
  const [query, setQuery] = useState(() => parseOverviewQuery(location.search, new Date()));

  useEffect(() => {
    const onPopState = () => setQuery(parseOverviewQuery(location.search, new Date()));
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);

  const update = useCallback((next: OverviewQuery, mode: HistoryMode = 'push') => {
    const search = formatOverviewQuery(next);
    if (search !== location.search) {
      const url = location.pathname + search;
      if (mode === 'push') history.pushState(null, '', url);
      else history.replaceState(null, '', url);
    }
    setQuery(next);
  }, []);

  return [query, update];
}
