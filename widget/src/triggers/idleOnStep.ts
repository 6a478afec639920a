import { listen } from './listen.ts';

type VisibleDocument = EventTarget & { visibilityState: DocumentVisibilityState };

/** How long a shopper may do nothing on a step before we ask (touch devices). */
export const IDLE_ON_STEP_MS = 90_000;

const ACTIVITY = ['pointerdown', 'keydown', 'input', 'scroll', 'touchstart'];

/**
 * Touch devices, which have no exit intent: the shopper did nothing on the step
 * for `idleMs`. One timer re-armed lazily, rather than reset on every event, so
 * scrolling costs nothing. While the page is hidden it waits: the return is
 * pageReturn's business.
 */
export function watchIdleOnStep(
  doc: VisibleDocument,
  fire: () => void,
  { idleMs = IDLE_ON_STEP_MS, now = () => Date.now() } = {},
): () => void {
  let lastActive = now();
  const check = () => {
    const quiet = now() - lastActive;
    if (doc.visibilityState === 'hidden') timer = setTimeout(check, idleMs);
    else if (quiet < idleMs) timer = setTimeout(check, idleMs - quiet);
    else fire();
  };
  let timer = setTimeout(check, idleMs);
  const stops = ACTIVITY.map((type) => listen(doc, type, () => (lastActive = now()), { capture: true, passive: true }));
  return () => {
    clearTimeout(timer);
    for (const stop of stops) stop();
  };
}
