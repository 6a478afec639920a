import { useCallback, useEffect, useState } from 'preact/hooks';

export type HistoryMode = 'push' | 'replace';

/**
 * A view's choices (site, range, filters), mirrored in the address bar so a
 * view can be shared and Back returns to the previous choice. Each view brings
 * its own parse and format of the query string.
 */
export function useUrlQuery<Q>(
  parse: (search: string, now: Date) => Q,
  format: (query: Q) => string,
): [Q, (next: Q, mode?: HistoryMode) => void] {
  const [query, setQuery] = useState(() => parse(location.search, new Date()));

  useEffect(() => {
    const onPopState = () => setQuery(parse(location.search, new Date()));
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);

  const update = useCallback((next: Q, mode: HistoryMode = 'push') => {
    const search = format(next);
    if (search !== location.search) {
      const url = location.pathname + search;
      if (mode === 'push') history.pushState(null, '', url);
      else history.replaceState(null, '', url);
    }
    setQuery(next);
  }, []);

  return [query, update];
}
