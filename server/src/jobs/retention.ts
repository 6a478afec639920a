import type { Db } from '../db/openDatabase.ts';
import { deleteVisitorData } from '../db/queries/responses/deleteResponses.ts';
import { listSiteRetention } from '../db/queries/sites/siteRetention.ts';
import { aloneOrSkip } from '../db/shared/aloneOrSkip.ts';
import { forgetStaleSalt } from '../privacy/dailySalt.ts';
import { forgetStaleUploads } from '../ingest/import/forgetStaleUploads.ts';

const DAY = 86_400_000;
const HOUR = 3_600_000;

/** Deletes every site's visitor data older than its retention, a visitor salt from before today and import files left a day; returns how many rows went. */
export async function applyRetention(db: Db, now: number, keepGoing = () => true): Promise<number> {
  forgetStaleSalt(db, now);
  forgetStaleUploads(db, now);
  let deleted = 0;
  for (const site of listSiteRetention(db)) {
    if (!keepGoing()) break;
    deleted += await deleteVisitorData(db, site.id, now - site.retentionDays * DAY, keepGoing);
  }
  return deleted;
}

export interface RetentionJob {
  /** Stops the schedule and waits for a run in progress to reach the end of its batch. */
  stop(): Promise<void>;
}

/** Runs the retention now and then every `everyMs` (hourly), without keeping the process alive; `now` is the collector's clock. */
export function startRetentionJob(db: Db, now: () => number, everyMs = HOUR): RetentionJob {
  let stopped = false;
  let running: Promise<void> | undefined;
  // Stopping ends a run between batches; what was deleted stays deleted.
  const keepGoing = () => !stopped && db.open;
  const once = async () => {
    const deleted = (await aloneOrSkip(db, 'retention', () => applyRetention(db, now(), keepGoing))) ?? 0;
    if (deleted > 0) console.log(`[touchpoint] retention: deleted ${deleted} rows past their sites' retention`);
  };
  const run = () => {
    if (running || !keepGoing()) return; // the previous run is still going
    running = once()
      .catch((err) => console.error('[touchpoint] retention run failed; will retry', err))
      .finally(() => (running = undefined));
  };
  run();
  const timer = setInterval(run, everyMs);
  timer.unref();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
