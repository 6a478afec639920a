import type { Db } from '../db/openDatabase.ts';
import { announceFlaggedProblems } from '../webhooks/spikeAlerts.ts';

const HOUR = 3_600_000;

export interface SpikeAlertJob {
  stop(): void;
}

/** Looks for new and growing problems at start and every hour, without keeping the process alive; `now` is the collector's clock. */
export function startSpikeAlertJob(db: Db, now: () => number, everyMs = HOUR): SpikeAlertJob {
  const run = () => {
    if (!db.open) return;
    try {
      const announced = announceFlaggedProblems(db, now());
      if (announced.length > 0) console.log(`[touchpoint] spike alerts: ${announced.length} problems flagged`);
    } catch (err) {
      console.error('[touchpoint] spike alerts: a run failed; will retry next hour', err);
    }
  };
  run();
  const timer = setInterval(run, everyMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
