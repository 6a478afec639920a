import type { Db } from '../db/openDatabase.ts';
import { aloneOrSkip } from '../db/shared/aloneOrSkip.ts';

export interface BackgroundJob {
  /** Waits for the step in progress; the rest is done after the next start. */
  stop(): Promise<void>;
}

export interface Steps {
  /** The job's name: collectors sharing a database run its drain one at a time (db/shared/aloneOrSkip.ts). */
  job: string;
  /** One short write; true while there is more to do. */
  step: () => boolean;
  /** What the job does, for the log when a step fails. */
  doing: string;
  /** Try again this long after a failed step. */
  retryMs: number;
  /** Look for new work this long after running out of it; never when left out. */
  pollMs?: number;
}

/** Runs `step` until it has nothing left, one step per turn of the event loop so requests are served meanwhile. */
export function runStepsInBackground(db: Db, { job, step, doing, retryMs, pollMs }: Steps): BackgroundJob {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  const drain = async () => {
    await aloneOrSkip(db, job, async () => {
      while (!stopped && db.open && step()) await new Promise((resolve) => setImmediate(resolve));
    });
  };
  const later = (ms: number | undefined) => {
    if (!stopped && ms !== undefined) (timer = setTimeout(attempt, ms)).unref();
  };
  const attempt = () => {
    running = drain().then(
      () => later(pollMs),
      (err) => {
        console.error(`[touchpoint] ${doing} failed; will retry`, err);
        later(retryMs);
      },
    );
  };
  attempt();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
