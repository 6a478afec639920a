import type { CampaignInput, CampaignList } from '../shared/schemas/campaigns.ts';
import type { SentMailList } from '../shared/schemas/sentMail.ts';
import { adminRequest, type AdminApi } from './collectorApi.ts';
import { ORDER_SURVEY } from './orderSurvey.ts';
import { mulberry32, pick, weighted } from './random.ts';

/** The demo's post-purchase e-mail campaign: the after-order survey, whose first question (CES) becomes the mail's buttons. */
export const DEMO_CAMPAIGN: CampaignInput = {
  slug: 'post-purchase',
  name: 'Post-purchase e-mail',
  survey: ORDER_SURVEY.key,
  messages: {
    en: { subject: 'How did order {{order_id}} go, {{name}}?', intro: 'Thank you for shopping with us. One click on a score tells us how easy it was.' },
    'zh-CN': { subject: '{{name}}，订单 {{order_id}} 还顺利吗？', intro: '感谢您的惠顾。点一下分数，告诉我们下单有多容易。' },
    'zh-TW': { subject: '{{name}}，訂單 {{order_id}} 還順利嗎？', intro: '感謝您的惠顧。點一下分數，告訴我們下單有多容易。' },
  },
  defaultLang: 'en',
  throttlePerMinute: 120,
  reminderAfterDays: 3,
};

const PEOPLE = [
  ['Ada', 'en'],
  ['Ben', 'en'],
  ['Chloé', 'fr'],
  ['Dev', 'en'],
  ['Li Wei', 'zh-CN'],
  ['王芳', 'zh-CN'],
  ['陳美玲', 'zh-TW'],
  ['Sam', 'en-GB'],
] as const;
const STORES = ['Berlin', 'Shanghai', 'Taipei', 'Online'];
/** The browsers the mails are opened in (most on a phone): the collector drops clicks from scripts' own agents as bots. */
const MAIL_READERS = [
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
];

/** The recipient list as a shop would export it: e-mail, name, language, the order and the store. */
export function demoRecipientCsv(count = 40, seed = 17): string {
  const rng = mulberry32(seed);
  const rows = Array.from({ length: count }, (_, i) => {
    const [name, lang] = pick(rng, PEOPLE);
    return `customer${String(i + 1).padStart(3, '0')}@customer.example,${name},${lang},A-${4100 + i},${pick(rng, STORES)}`;
  });
  return ['email,name,language,order_id,store', ...rows].join('\n');
}

export interface CampaignSeed {
  created: boolean;
  invited: number;
  /** Score links followed, and how many the collector recorded through the hosted page's `/r` route. */
  clicked: number;
  answered: number;
}

/**
 * Creates the campaign once, uploads the list, sends it (the invitations land
 * in the sent-mail log: over SMTP when configured, else as .eml files), then
 * has some customers click a score in their mail: the same `/r/<token>?score=N`
 * request a mail client makes, so the answers are stored as real ones are.
 */
export async function seedDemoCampaign(api: AdminApi, siteKey: string, seed = 17): Promise<CampaignSeed> {
  const site = `/api/sites/${encodeURIComponent(siteKey)}`;
  const { campaigns } = await adminRequest<CampaignList>(api, 'GET', `${site}/campaigns`);
  if (campaigns.some((c) => c.slug === DEMO_CAMPAIGN.slug)) return { created: false, invited: 0, clicked: 0, answered: 0 };
  await adminRequest(api, 'POST', `${site}/campaigns`, DEMO_CAMPAIGN);
  const csv = demoRecipientCsv(40, seed);
  await adminRequest(api, 'POST', `${site}/campaigns/${DEMO_CAMPAIGN.slug}/recipients`, { csv });
  const sent = await adminRequest<{ queued: number }>(api, 'POST', `${site}/campaigns/${DEMO_CAMPAIGN.slug}/send`);

  const recipients = new Set(csv.split('\n').slice(1).map((row) => row.split(',')[0]!));
  const { mail } = await adminRequest<SentMailList>(api, 'GET', `${site}/sent-mail?limit=200`);
  const rng = mulberry32(seed + 1);
  let clicked = 0;
  let answered = 0;
  for (const invitation of mail.filter((m) => m.kind === 'invitation' && recipients.has(m.to))) {
    if (rng() > 0.45) continue; // most people never answer
    const score = weighted(rng, [[7, 5], [6, 4], [5, 2], [3, 1], [2, 1]] as const);
    const link = new RegExp(`(https?://\\S+/r/\\S+\\?score=${score})(?:\\s|$)`).exec(invitation.text)?.[1];
    if (!link) continue;
    clicked++;
    const res = await fetch(link, { redirect: 'manual', headers: { 'user-agent': pick(rng, MAIL_READERS) }, signal: AbortSignal.timeout(10_000) });
    if (res.status < 400) answered++;
  }
  return { created: true, invited: sent.queued, clicked, answered };
}
