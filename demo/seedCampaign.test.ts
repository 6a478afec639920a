import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Campaign, SendLog } from '../shared/schemas/campaigns.ts';
import type { SentMailList } from '../shared/schemas/sentMail.ts';
import { adminRequest, type AdminApi } from './collectorApi.ts';
import { ensureDemoSite } from './ensureDemoSite.ts';
import { DEMO_CAMPAIGN, seedDemoCampaign } from './seedCampaign.ts';
import { startSeedTestCollector } from './seedTestCollector.ts';

let collector: Awaited<ReturnType<typeof startSeedTestCollector>>;
let api: AdminApi;
beforeAll(async () => {
  collector = await startSeedTestCollector();
  api = collector.api;
}, 30_000);
afterAll(() => collector?.close(), 60_000);

it('sends the post-purchase campaign once: invitations in the sent-mail log, score clicks through their links', async () => {
  const { key } = await ensureDemoSite({ ...api, demoPort: 5998 });
  const site = `/api/sites/${key}`;
  const first = await seedDemoCampaign(api, key);
  expect(first.created).toBe(true);
  expect(first.invited).toBe(40);
  expect(first.clicked).toBeGreaterThan(5);
  expect(first.answered).toBe(first.clicked); // each click stored through the hosted page's /r route

  const { mail } = await adminRequest<SentMailList>(api, 'GET', `${site}/sent-mail?limit=200`);
  const invitations = mail.filter((m) => m.kind === 'invitation');
  expect(invitations).toHaveLength(40);
  expect(new Set(invitations.map((m) => m.lang))).toEqual(new Set(['en', 'zh-CN', 'zh-TW']));
  expect(invitations.find((m) => m.lang === 'zh-TW')!.subject).toMatch(/^.+，訂單 A-\d+ 還順利嗎？$/);

  // What the links recorded is what the campaign counts as answered.
  const campaign = await adminRequest<Campaign>(api, 'GET', `${site}/campaigns/${DEMO_CAMPAIGN.slug}`);
  expect(campaign.counts.recipients).toBe(40);
  expect(campaign.counts.answered).toBe(first.answered);
  const log = await adminRequest<SendLog>(api, 'GET', `${site}/campaigns/${DEMO_CAMPAIGN.slug}/log`);
  expect(log.recipients.filter((r) => r.state === 'answered')).toHaveLength(first.answered);

  expect(await seedDemoCampaign(api, key)).toEqual({ created: false, invited: 0, clicked: 0, answered: 0 });
}, 30_000);
