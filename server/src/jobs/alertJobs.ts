import type { MailKick } from '../appContext.ts';
import type { Db } from '../db/openDatabase.ts';
import { announceFlaggedProblems } from '../webhooks/spikeAlerts.ts';
import { sendWeeklyDigests } from '../webhooks/weeklyDigest.ts';

const HOUR = 3_600_000;

export interface AlertJobs {
  stop(): void;
}

/**
 * Spike alerts (to destinations and, with `mail`, the routed team) and the weekly digest, at start and every hour, without keeping
 * the process alive; `now` is the collector's clock. Each remembers what it
 * sent, so running more often only costs the look.
 */
export interface AlertMail {
  from: string;
  dashboardUrl?: string;
  relay: MailKick;
}

export function startAlertJobs(db: Db, now: () => number, mail?: AlertMail, everyMs = HOUR): AlertJobs {
  const run = () => {
    if (!db.open) return;
    try {
      const announced = announceFlaggedProblems(db, now(), mail && { from: mail.from, dashboardUrl: mail.dashboardUrl });
      if (announced.length > 0) mail?.relay.kick();
      const digests = sendWeeklyDigests(db, now());
      if (announced.length + digests > 0) console.log(`[touchpoint] alerts: ${announced.length} problems flagged, ${digests} weekly digests`);
    } catch (err) {
      console.error('[touchpoint] alerts: a run failed; will retry next hour', err);
    }
  };
  run();
  const timer = setInterval(run, everyMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
