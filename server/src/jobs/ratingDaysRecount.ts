import type { Db } from '../db/openDatabase.ts';
import { recountSomeRatingDays } from '../db/queries/sites/recountRatingDays.ts';

export interface RatingDaysRecountJob {
  /** Waits for the step in progress; the rest is done after the next start. */
  stop(): Promise<void>;
}

/**
 * Recounts the local-day rollups of sites whose zone changed (or that
 * migration 34 counted in UTC), a day of ratings per turn of the event loop so
 * requests are served meanwhile; looks for new work every `pollMs` (a change
 * of zone is picked up that long after), and after a storage error.
 */
export function startRatingDaysRecountJob(db: Db, pollMs = 10_000): RatingDaysRecountJob {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  const drain = async () => {
    while (!stopped && db.open && recountSomeRatingDays(db)) await new Promise((resolve) => setImmediate(resolve));
  };
  const attempt = () => {
    running = drain()
      .catch((err) => console.error('[touchpoint] recounting ratings per local day failed; will retry', err))
      .finally(() => {
        if (!stopped) (timer = setTimeout(attempt, pollMs)).unref();
      });
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
