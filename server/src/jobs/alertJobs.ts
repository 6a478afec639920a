import type { MailKick } from '../appContext.ts';
import type { Db } from '../db/openDatabase.ts';
import { aloneOrSkip } from '../db/shared/aloneOrSkip.ts';
import { announceFlaggedProblems } from '../webhooks/spikeAlerts.ts';
import { sendTeamDigests } from '../webhooks/teamDigest/sendTeamDigests.ts';
import { sendWeeklyDigests } from '../webhooks/weeklyDigest.ts';

const HOUR = 3_600_000;

export interface AlertJobs {
  stop(): void;
}

/**
 * Spike alerts (to destinations and, with `mail`, the routed team), the weekly digest event and, with `mail`, each team's
 * digest e-mail (Monday 08:00 on the site's clock), at start and every hour, without keeping
 * the process alive; `now` is the collector's clock. Each remembers what it
 * sent, so running more often only costs the look.
 */
export interface AlertMail {
  from: string;
  dashboardUrl?: string;
  relay: MailKick;
}

export function startAlertJobs(db: Db, now: () => number, mail?: AlertMail, everyMs = HOUR): AlertJobs {
  const look = () => {
    const announced = announceFlaggedProblems(db, now(), mail && { from: mail.from, dashboardUrl: mail.dashboardUrl });
    const digests = sendWeeklyDigests(db, now());
    const digestMails = mail ? sendTeamDigests(db, now(), { from: mail.from, dashboardUrl: mail.dashboardUrl }) : 0;
    if (announced.length + digestMails > 0) mail?.relay.kick();
    if (announced.length + digests + digestMails > 0) {
      console.log(`[touchpoint] alerts: ${announced.length} problems flagged, ${digests} weekly digests, ${digestMails} team digest mails`);
    }
  };
  const run = () => {
    if (!db.open) return;
    try {
      // Another collector looking at the same hour would only find it already sent.
      aloneOrSkip(db, 'alerts', look);
    } catch (err) {
      console.error('[touchpoint] alerts: a run failed; will retry next hour', err);
    }
  };
  run();
  const timer = setInterval(run, everyMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
