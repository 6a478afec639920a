/** A step of shutting down, named for the log. */
export interface CloseStep {
  name: string;
  run: () => unknown;
}

/** After this long a step is named in the log, so a shutdown that hangs says on what. */
const SLOW_STEP_MS = 5_000;

/**
 * Runs the steps one after another, each after the previous one finished (the
 * database closes last, after everything that writes to it). A step still
 * running after SLOW_STEP_MS is reported once, and again when it ends, with
 * how long it took: a stop that never returns is otherwise silent.
 */
export async function closeInOrder(steps: CloseStep[], clock: () => number = performance.now.bind(performance)): Promise<void> {
  for (const step of steps) {
    const started = clock();
    const slow = setTimeout(() => console.warn(`[touchpoint] shutdown: still waiting for ${step.name}`), SLOW_STEP_MS);
    slow.unref();
    try {
      await step.run();
    } finally {
      clearTimeout(slow);
      const took = clock() - started;
      if (took >= SLOW_STEP_MS) console.warn(`[touchpoint] shutdown: ${step.name} took ${Math.round(took)} ms`);
    }
  }
}
