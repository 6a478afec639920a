import type { Db } from '../db/openDatabase.ts';
import type { StoredCampaign } from '../db/queries/campaigns/campaignRow.ts';
import { findCampaign, markCampaignReminded, markCampaignSending } from '../db/queries/campaigns/findCampaign.ts';
import {
  countPendingCampaignMail,
  insertCampaignLink,
  listQueuedRecipients,
  listRecipientsToRemind,
  markRecipientInvited,
  markRecipientReminded,
  markRecipientSuppressed,
  type StoredRecipient,
} from '../db/queries/campaigns/recipients.ts';
import { insertMail } from '../db/queries/mail/insertMail.ts';
import { isOptedOut } from '../db/queries/mail/optOuts.ts';
import type { StoredSite } from '../db/queries/sites/siteRow.ts';
import { findSurvey } from '../db/queries/surveys/findSurvey.ts';
import { write } from '../db/write.ts';
import { senderOf } from '../cases/replyToCase.ts';
import { ApiError } from '../http/ApiError.ts';
import { invitationFor, INVITATION_LINK_DAYS, unsubscribeUrl } from './invitationFor.ts';
import type { InvitationLang } from './invitationWords.ts';
import { verifyResponseToken } from './responseToken.ts';
import { scoreLinks } from './scoreLinks.ts';

const MINUTE = 60_000;
const DAY = 86_400_000;

export interface CampaignMailContext {
  /** The collector's public origin at the first send: every link points there. */
  publicUrl: string;
  defaultFrom: string;
  now: number;
}

export interface QueueResult {
  queued: number;
  skipped: number;
  lastAt: number | null;
}

/**
 * Puts one mail per recipient in the outbox, released at the campaign's pace:
 * the n-th waiting mail of the campaign gets `next_attempt_at` = now +
 * ⌊n / per minute⌋ minutes, so the relay (which sends what is due) sends at
 * most that many each minute, across a restart too. Each mail carries the
 * RFC 8058 one-click unsubscribe and the recipient's signed links; the
 * token's answer id is remembered so an answer through it counts as theirs.
 */
function queueFor(db: Db, site: StoredSite, campaign: StoredCampaign, recipients: StoredRecipient[], kind: 'invitation' | 'reminder', ctx: CampaignMailContext): QueueResult {
  const survey = findSurvey(db, site.id, campaign.survey);
  const from = senderOf(db, site, ctx.defaultFrom);
  const publicUrl = campaign.publicUrl ?? ctx.publicUrl;
  const exp = (campaign.sentAtMs ?? ctx.now) + INVITATION_LINK_DAYS * DAY;
  let waiting = countPendingCampaignMail(db, campaign.id);
  let queued = 0;
  let skipped = 0;
  let lastAt: number | null = null;
  for (const recipient of recipients) {
    if (isOptedOut(db, site.id, recipient.email)) {
      if (kind === 'invitation') markRecipientSuppressed(db, recipient.id);
      skipped++;
      continue;
    }
    const links = scoreLinks(db, {
      publicUrl,
      siteId: site.id,
      siteKey: site.key,
      survey: campaign.survey,
      campaign: campaign.slug,
      recipient: String(recipient.id),
      channel: 'email',
      exp,
    });
    const token = new URL(links.surveyUrl).searchParams.get('t')!;
    const check = verifyResponseToken(db, token, ctx.now);
    if (check.ok) insertCampaignLink(db, check.answerId, recipient.id);
    const unsubscribe = (lang: InvitationLang) => unsubscribeUrl(db, publicUrl, site.id, recipient.email, lang);
    const mail = invitationFor(site, campaign, survey, recipient, links, unsubscribe, kind === 'reminder');
    const sendAt = ctx.now + Math.floor(waiting / campaign.throttlePerMinute) * MINUTE;
    const mailId = insertMail(db, {
      siteId: site.id,
      caseId: null,
      responseId: null,
      campaignId: campaign.id,
      kind,
      to: recipient.email,
      from,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      headers: { 'List-Unsubscribe': `<${mail.unsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
      lang: mail.lang,
      at: ctx.now,
      sendAt,
    });
    if (kind === 'invitation') markRecipientInvited(db, recipient.id, mailId);
    else markRecipientReminded(db, recipient.id, mailId, ctx.now);
    waiting++;
    queued++;
    lastAt = sendAt;
  }
  return { queued, skipped, lastAt };
}

/** Sends the invitations of every recipient not invited yet (a later upload is sent by sending again); addresses on the suppression list are skipped. */
export function sendCampaign(db: Db, site: StoredSite, slug: string, ctx: CampaignMailContext): QueueResult {
  return write(db, () => {
    const campaign = requireCampaign(db, site.id, slug);
    requireLiveSurvey(db, site.id, campaign);
    const recipients = listQueuedRecipients(db, campaign.id);
    if (!recipients.length) throw new ApiError(409, 'conflict', 'Every recipient was already invited: upload a list first.');
    markCampaignSending(db, campaign.id, ctx.publicUrl, ctx.now);
    return queueFor(db, site, findCampaign(db, site.id, slug)!, recipients, 'invitation', ctx);
  });
}

/** The one reminder: to recipients whose invitation went out and who neither answered nor unsubscribed. */
export function remindCampaign(db: Db, site: StoredSite, slug: string, ctx: CampaignMailContext): QueueResult {
  return write(db, () => {
    const campaign = requireCampaign(db, site.id, slug);
    if (campaign.sentAtMs === null) throw new ApiError(409, 'conflict', 'The campaign has not been sent yet.');
    if (campaign.remindedAt !== null) throw new ApiError(409, 'conflict', 'The reminder was already sent: a campaign sends one at most.');
    requireLiveSurvey(db, site.id, campaign);
    markCampaignReminded(db, campaign.id, ctx.now);
    return queueFor(db, site, campaign, listRecipientsToRemind(db, campaign.id), 'reminder', ctx);
  });
}

/** Links to a draft, paused or deleted survey would lead nowhere: nothing is sent until it is live. */
function requireLiveSurvey(db: Db, siteId: number, campaign: StoredCampaign): void {
  const survey = findSurvey(db, siteId, campaign.survey);
  if (!survey) throw new ApiError(409, 'conflict', `The survey ${campaign.survey} no longer exists.`);
  if (survey.status !== 'live') throw new ApiError(409, 'conflict', `The survey ${campaign.survey} is ${survey.status}: put it live before sending.`);
}

export function requireCampaign(db: Db, siteId: number, slug: string): StoredCampaign {
  const campaign = findCampaign(db, siteId, slug);
  if (!campaign) throw new ApiError(404, 'not_found', `No campaign ${slug}.`);
  return campaign;
}
