import type { LinkChannel } from './schemas/hostedSurvey.ts';

/**
 * A survey's hosted page for a shared link or QR code, its channel and
 * campaign in the query: the collector's QR codes and the dashboard's Share
 * panel build the same address.
 */
export function hostedSurveyUrl(origin: string, siteKey: string, survey: string, link: { channel: LinkChannel; campaign?: string }): string {
  const url = new URL(`/s/${encodeURIComponent(siteKey)}/${encodeURIComponent(survey)}`, origin);
  url.searchParams.set('channel', link.channel);
  if (link.campaign) url.searchParams.set('campaign', link.campaign);
  return url.href;
}
