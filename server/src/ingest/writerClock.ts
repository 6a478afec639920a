/**
 * The ingest writer thread's clock: the collector's `now` as the main thread
 * sent it with the last group, advanced by the time elapsed since. The thread
 * never reads the wall clock, so the post-commit consumers it runs (cases'
 * opening times) follow the clock the collector was given, as tests pin it.
 */
export interface WriterClock {
  set(now: number): void;
  now(): number;
}

export function writerClock(): WriterClock {
  let base = 0;
  let at = performance.now();
  return {
    set(now) {
      base = now;
      at = performance.now();
    },
    now: () => base + Math.round(performance.now() - at),
  };
}
