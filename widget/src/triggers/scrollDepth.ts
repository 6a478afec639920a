import { listen } from './listen.ts';

type ScrollingWindow = EventTarget & { scrollY: number; innerHeight: number };

/**
 * How far down the page the shopper has seen, in percent of its height, on
 * each scroll; `fire` gets each threshold once, when first reached. A page that
 * fits the window is never scrolled, so it never fires: nobody read down it.
 */
export function watchScrollDepth(
  win: ScrollingWindow,
  doc: { documentElement: { scrollHeight: number } },
  thresholds: number[],
  fire: (percent: number) => void,
): () => void {
  const waiting = new Set(thresholds);
  return listen(
    win,
    'scroll',
    () => {
      // A pixel of slack: at the very bottom, fractional scroll positions fall just short.
      const depth = ((win.scrollY + win.innerHeight + 1) / doc.documentElement.scrollHeight) * 100;
      for (const percent of waiting) {
        if (depth < percent) continue;
        waiting.delete(percent);
        fire(percent);
      }
    },
    { passive: true },
  );
}
