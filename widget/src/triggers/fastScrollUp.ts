import { listen } from './listen.ts';

type ScrollingWindow = EventTarget & { scrollY: number };

/** Upward travel that counts as a flick towards the address bar: this far within this time. */
export const FAST_SCROLL_UP = { distancePx: 250, withinMs: 300 };

/**
 * Touch devices: a fast upward scroll, which on phones brings back the address
 * bar and the tabs. Keeps the scroll positions of the last `withinMs` and fires
 * when the page went up `distancePx` or more from the highest of them.
 */
export function watchFastScrollUp(
  win: ScrollingWindow,
  fire: () => void,
  { now = () => performance.now(), distancePx = FAST_SCROLL_UP.distancePx, withinMs = FAST_SCROLL_UP.withinMs } = {},
): () => void {
  let recent: { y: number; at: number }[] = [];
  return listen(
    win,
    'scroll',
    () => {
      const at = now();
      const y = win.scrollY;
      recent = recent.filter((sample) => at - sample.at <= withinMs);
      recent.push({ y, at });
      if (Math.max(...recent.map((sample) => sample.y)) - y >= distancePx) {
        recent = [];
        fire();
      }
    },
    { passive: true },
  );
}
