import { safe } from '../triggers/listen.ts';

/**
 * Runs `steps` in order, each in an idle callback of its own, so no task the
 * widget adds holds the page's main thread for long (a long task is 50 ms;
 * each step takes a few ms, more at 4× CPU throttle). Returns the function
 * that runs what is left at once, for a shopper who does not wait. A step that
 * throws is reported and the next one still runs. `idle` is tp.js's
 * `afterLoadWhenIdle`, so the core carries no copy of it.
 */
export function idleSteps(steps: (() => void)[], idle: (work: () => void) => void): () => void {
  const next = safe(() => steps.shift()?.());
  const slice = () => {
    next();
    if (steps.length) idle(slice);
  };
  idle(slice);
  return () => {
    while (steps.length) next();
  };
}
