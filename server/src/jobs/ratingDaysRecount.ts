import type { Db } from '../db/openDatabase.ts';
import { recountSomeRatingDays } from '../db/queries/sites/recountRatingDays.ts';
import { runStepsInBackground, type BackgroundJob } from './stepsInBackground.ts';

/**
 * Recounts the local-day rollups of sites whose zone changed (or that
 * migration 34 counted in UTC), a day of ratings per step; looks for new work
 * every `pollMs` (a change of zone is picked up that long after) and a minute
 * after a storage error.
 */
export function startRatingDaysRecountJob(db: Db, pollMs = 10_000): BackgroundJob {
  return runStepsInBackground(db, { job: 'rating days recount', step: () => recountSomeRatingDays(db), doing: 'recounting ratings per local day', retryMs: 60_000, pollMs });
}
