import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseList } from '../../../shared/schemas/cases.ts';
import { TEST_NOW } from '../../../tests/clock/testInstants.ts';
import { startMailRelay, type MailRelay } from '../../src/mail/mailRelay.ts';
import { mailTransport } from '../../src/mail/mailTransport.ts';
import { addTestUser } from '../accounts.ts';
import { rating } from '../testApp.ts';
import { caseTestApp } from './caseTestApp.ts';
import { startTestSmtpServer } from './testSmtpServer.ts';

let smtp: Awaited<ReturnType<typeof startTestSmtpServer>>;
const relays: MailRelay[] = [];
beforeAll(async () => (smtp = await startTestSmtpServer()));
afterAll(async () => {
  await Promise.all(relays.map((r) => r.stop()));
  await smtp.close();
});

/** A collector on a pinned clock whose mail goes to the test SMTP server. */
function setup() {
  let relay: MailRelay | undefined;
  const t = caseTestApp({ now: () => TEST_NOW, mail: { kick: () => relay?.kick() }, publicUrl: 'https://feedback.example' });
  relay = startMailRelay(t.db, mailTransport({ smtpUrl: smtp.url, dataDir: mkdtempSync(join(tmpdir(), 'tp-mail-')) }), () => TEST_NOW);
  relays.push(relay);
  const send = async (method: string, path: string, body: unknown) => {
    const res = await t.admin(`/api/sites/${t.site.key}${path}`, { method, body: JSON.stringify(body) });
    expect(res.status, path).toBe(200);
  };
  const sent = async (to: string) => {
    await relay!.idle();
    return smtp.received.filter((m) => m.envelopeTo.includes(to));
  };
  return { ...t, send, sent };
}

async function oneCase(t: ReturnType<typeof setup>, comment: string): Promise<number> {
  await t.collect(rating(t.site.key, { rating: 1, comment, path: '/checkout/payment' }));
  const { cases } = (await (await t.admin(`/api/sites/${t.site.key}/cases`)).json()) as CaseList;
  return cases[0]!.id;
}

describe('e-mail on assignment', () => {
  it('mails the assignee once on PATCH: case, team, due time, the shopper’s words as text, a link to the case page', async () => {
    const t = setup();
    const mia = await addTestUser(t.db, 'mia@assign.example', 'member', undefined, [t.site.id]);
    const id = await oneCase(t, '<b>Card refused</b> twice');
    await t.send('PATCH', `/cases/${id}`, { assignee: mia.id });
    await t.send('PATCH', `/cases/${id}`, { assignee: mia.id, status: 'in_progress' }); // same assignee: no second mail
    const mails = await t.sent('mia@assign.example');
    expect(mails).toHaveLength(1);
    const mail = mails[0]!;
    expect(mail.headers.get('subject')).toBe(`Case #${id} assigned to you (Triage)`);
    expect(mail.text).toContain('Team: Triage');
    expect(mail.text).toMatch(/Due: \d{4}-\d\d-\d\d \d\d:\d\d UTC/);
    expect(mail.text).toContain('<b>Card refused</b> twice');
    expect(mail.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(mail.text).toContain(`https://feedback.example/case?site=${t.site.key}&id=${id}`);
  });

  it('mails each newly assigned case of a bulk change, and the assignee of a routing rule when the case opens', async () => {
    const t = setup();
    const leo = await addTestUser(t.db, 'leo@assign.example', 'member', undefined, [t.site.id]);
    const ids = [await oneCase(t, 'first'), await oneCase(t, 'second')];
    await t.send('POST', '/cases/bulk', { ids, assignee: leo.id });
    expect((await t.sent('leo@assign.example')).map((m) => m.headers.get('subject')).sort()).toEqual(ids.map((id) => `Case #${id} assigned to you (Triage)`).sort());

    const ana = await addTestUser(t.db, 'ana@assign.example', 'member', undefined, [t.site.id]);
    await t.send('PUT', '/routing-rules', { rules: [{ match: { page: { type: 'prefix', value: '/checkout' } }, team: 'engineering', assignee: ana.id }], fallbackTeam: 'triage' });
    const routed = await oneCase(t, 'routed to Ana');
    const mails = await t.sent('ana@assign.example');
    expect(mails.map((m) => m.headers.get('subject'))).toEqual([`Case #${routed} assigned to you (Engineering)`]);
    expect(mails[0]!.text).toContain('routed to Ana');
  });
});
