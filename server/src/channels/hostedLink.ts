import type { HostedLink, LinkChannel } from '../../../shared/schemas/hostedSurvey.ts';
import type { Db } from '../db/openDatabase.ts';
import type { LinkProblem } from './hostedPageWords.ts';
import { verifyResponseToken } from './responseToken.ts';

/** A link's channel and campaign; a signed link's recipient and the answer id all its clicks share. */
export interface CheckedLink {
  channel: LinkChannel;
  campaign?: string;
  signed?: { answerId: string; recipient: string; campaign: string };
}

export type LinkCheck = ({ ok: true } & CheckedLink) | { ok: false; problem: Extract<LinkProblem, 'malformed' | 'forged' | 'expired' | 'elsewhere'> };

/**
 * How a hosted survey was reached. A shared link or QR code says its own
 * channel and campaign; a signed link (`t`) only what its token says, and only
 * for the site and survey it was signed for, so a token cannot be replayed
 * into another survey.
 */
export function checkHostedLink(db: Db, siteId: number, survey: string, link: HostedLink, now: number): LinkCheck {
  if (link.t === undefined) return { ok: true, channel: link.channel, campaign: link.campaign };
  const check = verifyResponseToken(db, link.t, now);
  if (!check.ok) return { ok: false, problem: check.reason };
  const { payload, answerId } = check;
  if (payload.site !== siteId || payload.survey !== survey) return { ok: false, problem: 'elsewhere' };
  return {
    ok: true,
    channel: payload.channel,
    campaign: payload.campaign,
    signed: { answerId, recipient: payload.recipient, campaign: payload.campaign },
  };
}
