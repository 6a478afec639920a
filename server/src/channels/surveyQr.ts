import QRCode from 'qrcode';
import type { LinkChannel } from '../../../shared/schemas/hostedSurvey.ts';

/** The hosted page's address for a shared link or QR code: its channel and campaign in the query. */
export function hostedSurveyUrl(origin: string, siteKey: string, survey: string, link: { channel: LinkChannel; campaign?: string }): string {
  const url = new URL(`/s/${encodeURIComponent(siteKey)}/${encodeURIComponent(survey)}`, origin);
  url.searchParams.set('channel', link.channel);
  if (link.campaign) url.searchParams.set('campaign', link.campaign);
  return url.href;
}

/**
 * A printable QR code of `url` as SVG (qrcode): vector, so it prints sharp at
 * any size; error correction M survives a crease or a smudge on a receipt;
 * the quiet zone of four modules the standard asks for.
 */
export function surveyQrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
}
