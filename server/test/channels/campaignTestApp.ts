import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CampaignInput, RecipientUploadResult } from '../../../shared/schemas/campaigns.ts';
import type { SurveyInput } from '../../../shared/schemas/survey.ts';
import { TEST_NOW } from '../../../tests/clock/testInstants.ts';
import { verifyResponseToken } from '../../src/channels/responseToken.ts';
import { startMailRelay, type MailRelay } from '../../src/mail/mailRelay.ts';
import { mailTransport } from '../../src/mail/mailTransport.ts';
import { parseMail, type ReceivedMail } from '../cases/testSmtpServer.ts';
import { NPS_SURVEY } from '../surveyFixtures.ts';
import { testApp } from '../testApp.ts';

export const PUBLIC_URL = 'https://feedback.example';

export const POST_PURCHASE: CampaignInput = {
  slug: 'post-purchase',
  name: 'After an order',
  survey: NPS_SURVEY.key,
  messages: {
    en: { subject: 'How was order {{order_id}}, {{name}}?', intro: 'Thank you for shopping with us.' },
    'zh-CN': { subject: '{{name}}，订单 {{order_id}} 的体验如何？', intro: '感谢您的惠顾。' },
  },
  defaultLang: 'en',
  throttlePerMinute: 60,
};

/**
 * A collector on a fake clock whose mail goes to a real SMTP server through
 * the real relay: `kick()` sends what is due at the clock's time, so a test
 * walks the throttle minute by minute.
 */
export function campaignTestApp(smtpUrl: string | undefined, relays: MailRelay[]) {
  const clock = { now: TEST_NOW };
  let relay: MailRelay | undefined;
  const t = testApp({ now: () => clock.now, publicUrl: PUBLIC_URL, mail: { kick: () => relay?.kick() } });
  relay = startMailRelay(t.db, mailTransport({ smtpUrl, dataDir: mkdtempSync(join(tmpdir(), 'tp-mail-')) }), () => clock.now);
  relays.push(relay);
  const api = (path: string, method = 'GET', body?: unknown) =>
    t.admin(`/api/sites/${t.site.key}${path}`, { method, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  const flush = async () => {
    await relay!.idle();
    relay!.kick();
    await relay!.idle();
  };
  const setUp = async (survey: SurveyInput = NPS_SURVEY, campaign: CampaignInput = POST_PURCHASE) => {
    await api(`/surveys/${survey.key}`, 'PUT', survey);
    return api('/campaigns', 'POST', campaign);
  };
  const upload = async (csv: string, slug = POST_PURCHASE.slug) => (await (await api(`/campaigns/${slug}/recipients`, 'POST', { csv })).json()) as RecipientUploadResult;
  return { ...t, clock, api, flush, setUp, upload };
}

/** The decoded text/plain and text/html parts of a multipart/alternative mail. */
export function partsOf(mail: ReceivedMail): { text: string; html: string } {
  const boundary = /boundary="?([^";]+)"?/.exec(mail.headers.get('content-type') ?? '')?.[1];
  if (!boundary) return { text: mail.text, html: '' };
  const parts = mail.raw.split(`--${boundary}`).slice(1, -1).map((p) => parseMail(p.replace(/^\r?\n/, '')));
  const of = (type: string) => parts.find((p) => p.headers.get('content-type')?.startsWith(type))?.text ?? '';
  return { text: of('text/plain'), html: of('text/html') };
}

/** A recipient clicks a score in their mail: the hosted page's one-click route records it. */
export async function answerThroughLink(t: ReturnType<typeof testApp>, url: string, now: number) {
  const link = new URL(url);
  const res = await t.app.request(link.pathname + link.search);
  if (res.status !== 303) throw new Error(`the score link answered ${res.status}`);
  const check = verifyResponseToken(t.db, link.pathname.split('/').at(-1)!, now);
  if (!check.ok) throw new Error(check.reason);
  return check.payload;
}
