import type { MailKick } from '../appContext.ts';
import { remindCampaign, type CampaignMailContext } from '../channels/queueCampaignMail.ts';
import type { Db } from '../db/openDatabase.ts';
import { aloneOrSkip } from '../db/shared/aloneOrSkip.ts';
import { listCampaignsDueReminder } from '../db/queries/campaigns/findCampaign.ts';
import { findSiteById } from '../db/queries/sites/findSiteById.ts';
import { findSurvey } from '../db/queries/surveys/findSurvey.ts';

const HOUR = 3_600_000;

/** Queues the reminder of every campaign whose "remind after N days" has come; returns how many mails were queued. */
export function runCampaignReminders(db: Db, now: number, ctx: CampaignMailContext): number {
  let queued = 0;
  for (const campaign of listCampaignsDueReminder(db, now)) {
    const site = findSiteById(db, campaign.siteId);
    // A paused survey's reminder waits until it is live again (remindCampaign would refuse it).
    if (site && findSurvey(db, site.id, campaign.survey)?.status === 'live') queued += remindCampaign(db, site, campaign.slug, { ...ctx, now }).queued;
  }
  return queued;
}

/** Looks for due reminders at start and every hour, without keeping the process alive; `now` is the collector's clock. */
export function startCampaignReminderJob(db: Db, now: () => number, mail: { defaultFrom: string; publicUrl: string; relay: MailKick }, everyMs = HOUR): { stop(): void } {
  const run = () => {
    if (!db.open) return;
    try {
      const ctx = { publicUrl: mail.publicUrl, defaultFrom: mail.defaultFrom, now: now() };
      const queued = aloneOrSkip(db, 'campaign reminders', () => runCampaignReminders(db, ctx.now, ctx)) ?? 0;
      if (queued > 0) {
        mail.relay.kick();
        console.log(`[touchpoint] campaigns: ${queued} reminders queued`);
      }
    } catch (err) {
      console.error('[touchpoint] campaigns: the reminder run failed; will retry next hour', err);
    }
  };
  run();
  const timer = setInterval(run, everyMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
