import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Campaign, CampaignSendResult, SendLog } from '../../../shared/schemas/campaigns.ts';
import { applyRetention } from '../../src/jobs/retention.ts';
import { runCampaignReminders } from '../../src/jobs/campaignReminders.ts';
import type { MailRelay } from '../../src/mail/mailRelay.ts';
import { startTestSmtpServer } from '../cases/testSmtpServer.ts';
import { NPS_SURVEY } from '../surveyFixtures.ts';
import { answerThroughLink, campaignTestApp, partsOf, POST_PURCHASE } from './campaignTestApp.ts';

let smtp: Awaited<ReturnType<typeof startTestSmtpServer>>;
const relays: MailRelay[] = [];
beforeAll(async () => (smtp = await startTestSmtpServer()));
afterAll(async () => {
  for (const relay of relays) await relay.stop();
  await smtp.close();
});

const MINUTE = 60_000;
const DAY = 86_400_000;
const list = (n: number) => `email,name\n${Array.from({ length: n }, (_, i) => `r${i}@example.com,R${i}`).join('\n')}\n`;

describe('a campaign’s pace and its one reminder', () => {
  it('releases at most N invitations a minute on the collector’s clock', async () => {
    const t = campaignTestApp(smtp.url, relays);
    await t.setUp(undefined, { ...POST_PURCHASE, throttlePerMinute: 2 });
    await t.upload(list(5));
    const start = t.clock.now;
    const before = smtp.received.length;
    const result = (await (await t.api(`/campaigns/${POST_PURCHASE.slug}/send`, 'POST')).json()) as CampaignSendResult;
    expect(result).toEqual({ queued: 5, skipped: 0, lastAt: new Date(start + 2 * MINUTE).toISOString() });
    const receivedAfter = async (minutes: number) => {
      t.clock.now = start + minutes * MINUTE;
      await t.flush();
      return smtp.received.length - before;
    };
    expect(await receivedAfter(0)).toBe(2);
    const midway = (await (await t.api(`/campaigns/${POST_PURCHASE.slug}`)).json()) as Campaign;
    expect(midway).toMatchObject({ status: 'sending', counts: { sent: 2, waiting: 3, queued: 0 } });
    expect(await receivedAfter(0.9)).toBe(2);
    expect(await receivedAfter(1)).toBe(4);
    expect(await receivedAfter(2)).toBe(5);
    expect(((await (await t.api(`/campaigns/${POST_PURCHASE.slug}`)).json()) as Campaign).status).toBe('sent');
    // Sending again has nobody left to invite.
    expect((await t.api(`/campaigns/${POST_PURCHASE.slug}/send`, 'POST')).status).toBe(409);
  });

  it('reminds once, only those who neither answered nor unsubscribed, when the days have passed', async () => {
    const t = campaignTestApp(smtp.url, relays);
    await t.setUp(undefined, { ...POST_PURCHASE, reminderAfterDays: 3 });
    await t.upload(list(3));
    expect((await t.api(`/campaigns/${POST_PURCHASE.slug}/remind`, 'POST')).status).toBe(409); // not sent yet
    const before = smtp.received.length;
    await t.api(`/campaigns/${POST_PURCHASE.slug}/send`, 'POST');
    await t.flush();
    const invitations = smtp.received.slice(before);
    const scoreLink = (address: string) => /https:\/\/\S+\/r\/\S+\?score=8/.exec(partsOf(invitations.find((m) => m.envelopeTo.includes(address))!).text)![0];
    await answerThroughLink(t, scoreLink('r0@example.com'), t.clock.now);
    const optOut = /<([^>]+)>/.exec(invitations.find((m) => m.envelopeTo.includes('r1@example.com'))!.headers.get('list-unsubscribe')!)![1]!;
    await t.app.request(new URL(optOut).pathname, { method: 'POST' });

    // Two days on, the job has nothing to do; three days on, it reminds r2 only.
    t.clock.now += 2 * DAY;
    expect(runCampaignReminders(t.db, t.clock.now, { publicUrl: 'https://feedback.example', defaultFrom: 'x@y.example', now: t.clock.now })).toBe(0);
    t.clock.now += DAY;
    expect(runCampaignReminders(t.db, t.clock.now, { publicUrl: 'https://feedback.example', defaultFrom: 'x@y.example', now: t.clock.now })).toBe(1);
    const reminded = smtp.received.length;
    await t.flush();
    const reminders = smtp.received.slice(reminded);
    expect(reminders.flatMap((m) => m.envelopeTo)).toEqual(['r2@example.com']);
    expect(partsOf(reminders[0]!).text).toContain('A gentle reminder');
    // The reminder's links are the invitation's: an answer through either counts once.
    expect(partsOf(reminders[0]!).text).toContain(scoreLink('r2@example.com'));

    // Never a second reminder, by hand or by the job.
    expect((await t.api(`/campaigns/${POST_PURCHASE.slug}/remind`, 'POST')).status).toBe(409);
    t.clock.now += 7 * DAY;
    expect(runCampaignReminders(t.db, t.clock.now, { publicUrl: 'https://feedback.example', defaultFrom: 'x@y.example', now: t.clock.now })).toBe(0);
    const campaign = (await (await t.api(`/campaigns/${POST_PURCHASE.slug}`)).json()) as Campaign;
    expect(campaign.counts).toMatchObject({ answered: 1, unsubscribed: 1, sent: 1, reminded: 1 });
  });
});

describe('a campaign without an SMTP server', () => {
  it('keeps the invitations as .eml files and says they were not delivered, not sent', async () => {
    const t = campaignTestApp(undefined, relays);
    await t.setUp();
    await t.upload(list(2));
    await t.api(`/campaigns/${POST_PURCHASE.slug}/send`, 'POST');
    await t.flush();
    const log = (await (await t.api(`/campaigns/${POST_PURCHASE.slug}/log`)).json()) as SendLog;
    expect(log.recipients.map((r) => r.state)).toEqual(['written', 'written']);
    const campaign = (await (await t.api(`/campaigns/${POST_PURCHASE.slug}`)).json()) as Campaign;
    expect(campaign).toMatchObject({ status: 'sent', counts: { written: 2, sent: 0, queued: 0 } });
  });
});

describe('a campaign of a survey that is not live', () => {
  it('sends nothing, and its reminder waits until the survey is live again', async () => {
    const t = campaignTestApp(smtp.url, relays);
    await t.setUp({ ...NPS_SURVEY, status: 'paused' }, { ...POST_PURCHASE, reminderAfterDays: 1 });
    await t.upload(list(1));
    const refused = await t.api(`/campaigns/${POST_PURCHASE.slug}/send`, 'POST');
    expect(refused.status).toBe(409);
    expect(await refused.json()).toEqual({ error: { code: 'conflict', message: expect.stringContaining('paused') } });
    expect(t.db.prepare('SELECT count(*) FROM mail_outbox').pluck().get()).toBe(0);

    await t.api(`/surveys/${NPS_SURVEY.key}`, 'PUT', NPS_SURVEY);
    expect(((await (await t.api(`/campaigns/${POST_PURCHASE.slug}/send`, 'POST')).json()) as CampaignSendResult).queued).toBe(1);
    await t.flush();
    await t.api(`/surveys/${NPS_SURVEY.key}`, 'PUT', { ...NPS_SURVEY, status: 'paused' });
    t.clock.now += 2 * DAY;
    const ctx = { publicUrl: 'https://feedback.example', defaultFrom: 'x@y.example', now: t.clock.now };
    expect(runCampaignReminders(t.db, t.clock.now, ctx)).toBe(0);
    expect((await t.api(`/campaigns/${POST_PURCHASE.slug}/remind`, 'POST')).status).toBe(409);
    await t.api(`/surveys/${NPS_SURVEY.key}`, 'PUT', NPS_SURVEY);
    expect(runCampaignReminders(t.db, t.clock.now, ctx)).toBe(1);
  });
});

describe('recipient lists and their addresses', () => {
  it('reports every row it did not take with its line: not an address, a duplicate, a bad language', async () => {
    const t = campaignTestApp(smtp.url, relays);
    await t.setUp();
    const csv = 'Email,Name,Language,Store\nann@example.com,Ann,en,Berlin\nnot-an-address,Bo,en,\n\nANN@example.com,Ann again,en,\ncy@example.com,Cy,english please,\n,No address,en,\n';
    const result = await t.upload(csv);
    expect(result.added).toBe(1);
    expect(result.issues.map((i) => [i.line, i.problem, i.email])).toEqual([
      [3, 'invalid', 'not-an-address'],
      [5, 'duplicate', 'ANN@example.com'],
      [6, 'invalid', 'cy@example.com'],
      [7, 'invalid', null],
    ]);
    expect((await t.upload('name,language\nAnn,en\n')).issues).toEqual([{ line: 1, email: null, problem: 'invalid', message: expect.stringContaining('"email"') }]);
    // Columns beyond email, name and language are attributes the message can use.
    const preview = await (await t.api(`/campaigns/${POST_PURCHASE.slug}/preview`)).json();
    expect(preview).toMatchObject({ lang: 'en' });
  });

  it('deletes the addresses with the campaign, and with the site’s retention', async () => {
    const t = campaignTestApp(smtp.url, relays);
    await t.setUp();
    await t.upload('email\nkeep@example.com\n');
    await t.api(`/campaigns/${POST_PURCHASE.slug}/send`, 'POST');
    await t.flush();
    const addressesStored = () =>
      (t.db.prepare(`SELECT count(*) FROM campaign_recipients`).pluck().get() as number) +
      (t.db.prepare(`SELECT count(*) FROM mail_outbox WHERE to_address = 'keep@example.com'`).pluck().get() as number);
    expect(addressesStored()).toBe(2);
    expect((await t.api(`/campaigns/${POST_PURCHASE.slug}`, 'DELETE')).status).toBe(204);
    expect(addressesStored()).toBe(0);
    expect((await t.api(`/campaigns/${POST_PURCHASE.slug}/log`)).status).toBe(404);

    await t.api('/campaigns', 'POST', POST_PURCHASE);
    await t.upload('email\nkeep@example.com\n');
    t.clock.now += (t.site.retentionDays + 1) * DAY;
    await applyRetention(t.db, t.clock.now);
    expect(addressesStored()).toBe(0);
    const log = (await (await t.api(`/campaigns/${POST_PURCHASE.slug}/log`)).json()) as SendLog;
    expect(log.recipients).toEqual([]);
  });
});
