import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Campaign, CampaignPreview, SendLog, SuppressionList } from '../../../shared/schemas/campaigns.ts';
import { verifyResponseToken } from '../../src/channels/responseToken.ts';
import type { MailRelay } from '../../src/mail/mailRelay.ts';
import { startTestSmtpServer, type ReceivedMail } from '../cases/testSmtpServer.ts';
import { answerThroughLink, campaignTestApp, partsOf, POST_PURCHASE, PUBLIC_URL } from './campaignTestApp.ts';

let smtp: Awaited<ReturnType<typeof startTestSmtpServer>>;
const relays: MailRelay[] = [];
beforeAll(async () => (smtp = await startTestSmtpServer()));
afterAll(async () => {
  for (const relay of relays) await relay.stop();
  await smtp.close();
});

const LIST = 'email,name,language,order_id\nann@example.com,Ann,en,1001\nmei@example.com,美,zh-CN,1002\n';
const mailTo = (mails: ReceivedMail[], address: string) => mails.find((m) => m.envelopeTo.includes(address));

describe('an e-mail campaign over SMTP', () => {
  it('sends each recipient the invitation in their language, with signed score links for their own answer', async () => {
    const t = campaignTestApp(smtp.url, relays);
    expect((await t.setUp()).status).toBe(201);
    expect(await t.upload(LIST)).toEqual({ added: 2, issues: [] });
    const before = smtp.received.length;
    const sent = await t.api(`/campaigns/${POST_PURCHASE.slug}/send`, 'POST');
    expect(await sent.json()).toMatchObject({ queued: 2, skipped: 0 });
    await t.flush();
    const mails = smtp.received.slice(before);
    expect(mails).toHaveLength(2);

    const ann = mailTo(mails, 'ann@example.com')!;
    expect(ann.headers.get('subject')).toBe('How was order 1001, Ann?');
    expect(ann.headers.get('content-type')).toMatch(/^multipart\/alternative/);
    const annParts = partsOf(ann);
    expect(annParts.text).toContain('Thank you for shopping with us.');
    expect(annParts.text).toContain('How likely are you to recommend us');
    const mei = mailTo(mails, 'mei@example.com')!;
    expect(mei.headers.get('subject')).toBe('美，订单 1002 的体验如何？');
    const meiParts = partsOf(mei);
    expect(meiParts.text).toContain('感谢您的惠顾。');
    expect(meiParts.text).toContain('点击一个分数即可作答');
    expect(meiParts.html).toContain('感谢您的惠顾。');

    // Eleven NPS buttons, each a valid token for this survey, campaign, channel and recipient.
    const scoreUrls = [...annParts.text.matchAll(/https:\/\/feedback\.example\/r\/\S+\?score=(\d+)/g)];
    expect(scoreUrls.map((m) => Number(m[1]))).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    for (const m of scoreUrls) expect(annParts.html).toContain(m[0]);
    const token = new URL(scoreUrls[0]![0]).pathname.split('/').at(-1)!;
    const check = verifyResponseToken(t.db, token, t.clock.now);
    expect(check.ok && check.payload).toMatchObject({ site: t.site.id, survey: 'quarterly-nps', campaign: 'post-purchase', channel: 'email' });
    const meiToken = /\/r\/([^?\s]+)\?score=/.exec(meiParts.text)![1]!;
    const meiCheck = verifyResponseToken(t.db, meiToken, t.clock.now);
    expect(meiCheck.ok && check.ok && meiCheck.payload.recipient).not.toBe(check.ok && check.payload.recipient);
    // The recipient reference is an id, never the address.
    expect(JSON.stringify(check.ok && check.payload)).not.toContain('ann@');
    expect(annParts.text).toMatch(new RegExp(`${PUBLIC_URL}/s/${t.site.key}/quarterly-nps\\?t=${token.replace(/\./g, '\\.')}`));

    // An answer through Ann's link counts as hers, and as nobody else's.
    await answerThroughLink(t, scoreUrls[9]![0], t.clock.now);
    const log = (await (await t.api(`/campaigns/${POST_PURCHASE.slug}/log`)).json()) as SendLog;
    expect(log.recipients.map((r) => [r.email, r.state])).toEqual([
      ['ann@example.com', 'answered'],
      ['mei@example.com', 'sent'],
    ]);
    const campaign = (await (await t.api(`/campaigns/${POST_PURCHASE.slug}`)).json()) as Campaign;
    expect(campaign).toMatchObject({ status: 'sent', counts: { recipients: 2, sent: 1, answered: 1, queued: 0, failed: 0 } });
  });

  it('previews the message per language with the first question’s buttons, and links that record nothing', async () => {
    const t = campaignTestApp(smtp.url, relays);
    await t.setUp();
    const zh = (await (await t.api(`/campaigns/${POST_PURCHASE.slug}/preview?lang=zh-CN`)).json()) as CampaignPreview;
    expect(zh).toMatchObject({ lang: 'zh-CN', subject: 'Alex，订单 [order_id] 的体验如何？' });
    expect(zh.html).toContain('您有多大可能向朋友或同事推荐我们？');
    expect(zh.html.match(/<td align="center" height="40" bgcolor/g)).toHaveLength(11);
    expect(zh.html).not.toMatch(/\/r\//);
    const fallback = (await (await t.api(`/campaigns/${POST_PURCHASE.slug}/preview?lang=de`)).json()) as CampaignPreview;
    expect(fallback.lang).toBe('en');
  });

  it('carries an RFC 8058 one-click unsubscribe whose POST is honoured by a later campaign, and a visible link to it', async () => {
    const t = campaignTestApp(smtp.url, relays);
    await t.setUp();
    await t.upload(LIST);
    const before = smtp.received.length;
    await t.api(`/campaigns/${POST_PURCHASE.slug}/send`, 'POST');
    await t.flush();
    const ann = mailTo(smtp.received.slice(before), 'ann@example.com')!;
    expect(ann.headers.get('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    const unsubscribe = /^<(https:\/\/feedback\.example\/v1\/mail\/opt-out\/[^>]+)>$/.exec(ann.headers.get('list-unsubscribe') ?? '')![1]!;
    expect(partsOf(ann).text).toContain(unsubscribe);
    expect(partsOf(ann).html).toContain(unsubscribe);

    // GET only asks (mail scanners open links), in the mail's language; the one-click POST unsubscribes.
    const path = new URL(unsubscribe).pathname;
    const ask = await t.app.request(path);
    expect(ask.status).toBe(200);
    const askPage = await ask.text();
    expect(askPage).toContain('<html lang="en">');
    expect(askPage).toContain('Get no more e-mail from Shop');
    const mei = mailTo(smtp.received.slice(before), 'mei@example.com')!;
    const meiUnsubscribe = /^<([^>]+)>$/.exec(mei.headers.get('list-unsubscribe') ?? '')![1]!;
    const meiPage = await (await t.app.request(new URL(meiUnsubscribe).pathname)).text();
    expect(meiPage).toContain('<html lang="zh-CN">');
    expect(meiPage).toContain('不再接收来自Shop的任何邮件');
    expect(meiPage).toContain('<button type="submit">退订</button>');
    expect(((await (await t.api('/suppressions')).json()) as SuppressionList).addresses).toEqual([]);
    const post = await t.app.request(path, { method: 'POST', body: 'List-Unsubscribe=One-Click', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(post.status).toBe(200);
    expect(await post.text()).toContain('You will get no more e-mail from Shop.');
    expect(((await (await t.api('/suppressions')).json()) as SuppressionList).addresses.map((a) => a.email)).toEqual(['ann@example.com']);

    // A second campaign of the site: Ann is reported as suppressed and gets nothing.
    await t.api('/campaigns', 'POST', { ...POST_PURCHASE, slug: 'winter', name: 'Winter' });
    const upload = await t.upload('email,name\nANN@example.com,Ann\nbo@example.com,Bo\n', 'winter');
    expect(upload).toEqual({ added: 1, issues: [{ line: 2, email: 'ANN@example.com', problem: 'suppressed', message: expect.any(String) }] });
    const second = smtp.received.length;
    expect(await (await t.api('/campaigns/winter/send', 'POST')).json()).toMatchObject({ queued: 1 });
    await t.flush();
    expect(smtp.received.slice(second).flatMap((m) => m.envelopeTo)).toEqual(['bo@example.com']);
    const first = (await (await t.api(`/campaigns/${POST_PURCHASE.slug}`)).json()) as Campaign;
    expect(first.counts).toMatchObject({ unsubscribed: 1, sent: 1 });
  });

  it('skips an address added to the suppression list by hand, and drops its invitation still waiting for the throttle', async () => {
    const t = campaignTestApp(smtp.url, relays);
    await t.setUp(undefined, { ...POST_PURCHASE, throttlePerMinute: 1 });
    await t.upload('email\na@example.com\nb@example.com\nc@example.com\n');
    expect((await t.api('/suppressions', 'POST', { email: 'C@example.com' })).status).toBe(204);
    const before = smtp.received.length;
    expect(await (await t.api(`/campaigns/${POST_PURCHASE.slug}/send`, 'POST')).json()).toMatchObject({ queued: 2, skipped: 1 });
    await t.flush();
    // b's invitation waits a minute; b unsubscribes by hand meanwhile.
    await t.api('/suppressions', 'POST', { email: 'b@example.com' });
    t.clock.now += 5 * 60_000;
    await t.flush();
    expect(smtp.received.slice(before).flatMap((m) => m.envelopeTo)).toEqual(['a@example.com']);
    const log = (await (await t.api(`/campaigns/${POST_PURCHASE.slug}/log`)).json()) as SendLog;
    expect(log.recipients.map((r) => r.state)).toEqual(['sent', 'unsubscribed', 'suppressed']);
    // Off the list again: a later campaign may write to c.
    expect((await t.api(`/suppressions/${encodeURIComponent('c@example.com')}`, 'DELETE')).status).toBe(204);
    expect(((await (await t.api('/suppressions')).json()) as SuppressionList).addresses.map((a) => a.email)).toEqual(['b@example.com']);
  });
});
