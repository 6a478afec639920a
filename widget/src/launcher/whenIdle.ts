/**
 * Runs `work` once the page has fired `load` and the main thread is idle (at
 * the latest 3 s after `load`), so nothing of the widget's competes with the
 * page's own loading. Safari has no requestIdleCallback: a timeout after `load`
 * stands in. `load` and `DOMContentLoaded` fire once: no `{ once: true }`.
 */
export function afterLoadWhenIdle(work: () => void): void {
  const idle = () => ('requestIdleCallback' in self ? requestIdleCallback(work, { timeout: 3_000 }) : setTimeout(work, 200));
  if (document.readyState === 'complete') idle();
  else addEventListener('load', idle);
}
