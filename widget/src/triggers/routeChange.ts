import { listen, safe } from './listen.ts';

type HistoryMethod = 'pushState' | 'replaceState';
type RoutingWindow = EventTarget & { history: History; location: Pick<Location, 'pathname'> };

/**
 * Single-page apps: a route change through the History API (pushState,
 * replaceState, back and forward) to another path is a new page view. A change
 * of query string or fragment alone is not. The page's own call runs first and
 * its result is returned untouched; stopping puts the original methods back
 * unless someone wrapped them after us.
 */
export function watchRouteChange(win: RoutingWindow, fire: () => void): () => void {
  let last = win.location.pathname;
  const check = safe(() => {
    if (win.location.pathname === last) return;
    last = win.location.pathname;
    fire();
  });
  const restores = (['pushState', 'replaceState'] as HistoryMethod[]).map((name) => {
    const original = win.history[name];
    const wrapped = function (this: History, ...args: Parameters<History[HistoryMethod]>) {
      const result = original.apply(this, args);
      check();
      return result;
    };
    win.history[name] = wrapped;
    return () => {
      if (win.history[name] === wrapped) win.history[name] = original;
    };
  });
  const stopPop = listen(win, 'popstate', check);
  return () => {
    stopPop();
    for (const restore of restores) restore();
  };
}
