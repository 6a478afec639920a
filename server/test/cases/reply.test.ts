import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseDetail, CaseList } from '../../../shared/schemas/cases.ts';
import type { SentMailList } from '../../../shared/schemas/sentMail.ts';
import { startMailRelay, type MailRelay } from '../../src/mail/mailRelay.ts';
import { mailTransport } from '../../src/mail/mailTransport.ts';
import { insertMail } from '../../src/db/queries/mail/insertMail.ts';
import { failInserts } from '../../src/db/faults/failInserts.ts';
import { write } from '../../src/db/write.ts';
import { rating, SHOP_ORIGIN } from '../testApp.ts';
import { caseTestApp } from './caseTestApp.ts';
import { startTestSmtpServer } from './testSmtpServer.ts';

let smtp: Awaited<ReturnType<typeof startTestSmtpServer>>;
const relays: MailRelay[] = [];
beforeAll(async () => (smtp = await startTestSmtpServer()));
afterAll(async () => {
  for (const relay of relays) await relay.stop();
  await smtp.close();
});

/** A collector whose mail goes to the test SMTP server; `relay: false` leaves mail in the outbox (a crash before sending). */
function appWithMail({ relay = true } = {}) {
  let started: MailRelay | undefined;
  const app = caseTestApp({ mail: { kick: () => started?.kick() }, publicUrl: 'https://feedback.example' });
  const start = () => {
    started = startMailRelay(app.db, mailTransport({ smtpUrl: smtp.url, dataDir: mkdtempSync(join(tmpdir(), 'tp-mail-')) }), () => Date.now());
    relays.push(started);
    return started;
  };
  if (relay) start();
  return { ...app, start, idle: () => started?.idle() };
}

async function complaint(t: ReturnType<typeof appWithMail>, extra: Record<string, unknown>): Promise<number> {
  expect((await t.collect(rating(t.site.key, { rating: 1, comment: 'Payment failed twice', path: '/checkout/payment', ...extra }))).status).toBe(202);
  const { cases } = (await (await t.admin(`/api/sites/${t.site.key}/cases`)).json()) as CaseList;
  return cases[0]!.id;
}

const reply = (t: ReturnType<typeof appWithMail>, id: number, body: Record<string, unknown>) =>
  t.admin(`/api/sites/${t.site.key}/cases/${id}/reply`, { method: 'POST', body: JSON.stringify(body) });

describe('replying to a shopper', () => {
  it('sends one mail over SMTP in the shopper’s language, with a one-click opt-out and a link back to the shop', async () => {
    const t = appWithMail();
    const before = smtp.received.length;
    const id = await complaint(t, { lang: 'zh-CN', contact: { email: 'mei@example.com', consent: true } });
    const res = await reply(t, id, { text: '我们修好了支付问题。' });
    expect(res.status).toBe(201);
    await t.idle();
    const mails = smtp.received.slice(before);
    expect(mails).toHaveLength(1);
    const mail = mails[0]!;
    expect(mail.envelopeTo).toEqual(['mei@example.com']);
    expect(mail.headers.get('subject')).toBe('关于您在 Shop 的反馈');
    expect(mail.text).toContain('我们修好了支付问题。');
    const optOut = /^<(https:\/\/feedback\.example\/v1\/mail\/opt-out\/[^>]+)>$/.exec(mail.headers.get('list-unsubscribe') ?? '');
    expect(optOut).not.toBeNull();
    expect(mail.headers.get('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    expect(mail.text).toContain(optOut![1]);
    expect(mail.text).toMatch(/https:\/\/feedback\.example\/v1\/mail\/back\/\S+/);

    const detail = (await (await t.admin(`/api/sites/${t.site.key}/cases/${id}`)).json()) as CaseDetail;
    expect(detail.customerTold).toBe(true);
    expect(detail.firstResponseAt).not.toBeNull();
    expect(detail.mail.map((m) => [m.status, m.lang])).toEqual([['sent', 'zh-CN']]);
    expect(detail.events.at(-1)).toMatchObject({ field: 'reply', to: 'zh-CN' });
  });

  it('uses the template asked for, and English for a shopper in another language', async () => {
    const t = appWithMail();
    const before = smtp.received.length;
    const id = await complaint(t, { lang: 'de-DE', contact: { email: 'jo@example.com', consent: true } });
    await reply(t, id, { text: 'Fixed.' });
    await reply(t, id, { text: '已修復。', lang: 'zh-TW' });
    await t.idle();
    expect(smtp.received.slice(before).map((m) => m.headers.get('subject'))).toEqual(['About your feedback on Shop', '關於您在 Shop 的意見回饋']);
  });

  it('honours the one-click opt-out from then on: 409, nothing sent', async () => {
    const t = appWithMail();
    const id = await complaint(t, { contact: { email: 'out@example.com', consent: true } });
    await reply(t, id, { text: 'First answer' });
    await t.idle();
    const sent = smtp.received.at(-1)!;
    const url = /<([^>]+)>/.exec(sent.headers.get('list-unsubscribe')!)![1]!;
    const path = new URL(url).pathname;
    // Mail scanners open links: a GET only asks.
    expect((await t.app.request(path)).status).toBe(200);
    expect(((await (await t.admin(`/api/sites/${t.site.key}/cases/${id}`)).json()) as CaseDetail).canReply).toBe(true);
    const oneClick = await t.app.request(path, { method: 'POST', body: 'List-Unsubscribe=One-Click', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(oneClick.status).toBe(200);
    const before = smtp.received.length;
    const refused = await reply(t, id, { text: 'Second answer' });
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('conflict');
    await t.idle();
    expect(smtp.received.length).toBe(before);
    expect(((await (await t.admin(`/api/sites/${t.site.key}/cases/${id}`)).json()) as CaseDetail).canReply).toBe(false);
  });

  it('refuses a forged or altered link', async () => {
    const t = appWithMail();
    expect((await t.app.request('/v1/mail/opt-out/eyJraW5kIjoib3B0LW91dCJ9.forged', { method: 'POST' })).status).toBe(404);
    expect((await t.app.request('/v1/mail/back/abc')).status).toBe(404);
  });

  it('records the shopper coming back through the link, once, and sends them to the page they rated', async () => {
    const t = appWithMail();
    const id = await complaint(t, { contact: { email: 'back@example.com', consent: true } });
    await reply(t, id, { text: 'Please try again' });
    await t.idle();
    const back = new URL(/https:\/\/feedback\.example(\/v1\/mail\/back\/\S+)/.exec(smtp.received.at(-1)!.text)![0]).pathname;
    const res = await t.app.request(back);
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe(`${SHOP_ORIGIN}/checkout/payment`);
    await t.app.request(back);
    const detail = (await (await t.admin(`/api/sites/${t.site.key}/cases/${id}`)).json()) as CaseDetail;
    expect(detail.recoveredAt).not.toBeNull();
    expect(detail.events.filter((e) => e.field === 'recovered')).toHaveLength(1);
  });

  it('sends nothing to a shopper who gave no contact with consent: 409 in the one error shape', async () => {
    const t = appWithMail();
    const before = smtp.received.length;
    const id = await complaint(t, {});
    const res = await reply(t, id, { text: 'Hello' });
    expect(res.status).toBe(409);
    expect(await res.json()).toEqual({ error: { code: 'conflict', message: expect.stringContaining('consent') } });
    await t.idle();
    expect(smtp.received.length).toBe(before);
    expect(t.db.prepare('SELECT count(*) FROM mail_outbox').pluck().get()).toBe(0);
  });

  it('sends nothing when the change fails to commit, and leaves the case untold', async () => {
    const t = appWithMail();
    const before = smtp.received.length;
    const id = await complaint(t, { contact: { email: 'fail@example.com', consent: true } });
    // The audit line is the last write of the transaction: make it fail as a full disk would.
    const undo = failInserts(t.db, 'case_events');
    expect((await reply(t, id, { text: 'Lost' })).status).toBeGreaterThanOrEqual(500);
    undo();
    await t.idle();
    expect(smtp.received.length).toBe(before);
    expect(t.db.prepare('SELECT count(*) FROM mail_outbox').pluck().get()).toBe(0);
    expect(((await (await t.admin(`/api/sites/${t.site.key}/cases/${id}`)).json()) as CaseDetail).customerTold).toBe(false);
  });

  it('sends mail committed before a crash when the relay starts again', async () => {
    const t = appWithMail({ relay: false });
    const before = smtp.received.length;
    const id = await complaint(t, { contact: { email: 'crash@example.com', consent: true } });
    expect((await reply(t, id, { text: 'Committed, then the process died' })).status).toBe(201);
    expect(smtp.received.length).toBe(before);
    await t.start().idle();
    expect(smtp.received.slice(before).map((m) => m.envelopeTo[0])).toEqual(['crash@example.com']);
    const log = (await (await t.admin(`/api/sites/${t.site.key}/sent-mail`)).json()) as SentMailList;
    expect(log.mail.map((m) => [m.status, m.delivered])).toEqual([['sent', true]]);
  });

  it('sends mail queued where no kick reaches it (the ingest writer’s thread, another process) at its next look', async () => {
    const t = appWithMail({ relay: false });
    const relay = startMailRelay(t.db, mailTransport({ smtpUrl: smtp.url, dataDir: mkdtempSync(join(tmpdir(), 'tp-mail-')) }), () => Date.now(), 50);
    try {
      await relay.idle();
      const before = smtp.received.length;
      // As another connection would: committed, and nobody tells this relay.
      write(t.db, () =>
        insertMail(t.db, { siteId: t.site.id, caseId: null, responseId: null, kind: 'assignment', to: 'polled@example.com', from: 'Shop <shop@example.com>', subject: 'Polled', text: 'Found without a kick', headers: {}, lang: 'en', at: Date.now() }),
      );
      await expect.poll(() => smtp.received.slice(before).map((m) => m.envelopeTo[0]), { timeout: 5_000 }).toEqual(['polled@example.com']);
    } finally {
      await relay.stop();
    }
  });
});
