import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CaseList } from '../../../shared/schemas/cases.ts';
import type { Loop } from '../../../shared/schemas/loop.ts';
import type { SentMailList } from '../../../shared/schemas/sentMail.ts';
import type { Summary } from '../../../shared/schemas/summary.ts';
import { createSite } from '../../src/db/queries/sites/createSite.ts';
import { groupCommit } from '../../src/ingest/groupCommit.ts';
import { startAlertJobs } from '../../src/jobs/alertJobs.ts';
import { startMailRelay, type MailRelay } from '../../src/mail/mailRelay.ts';
import { mailTransport } from '../../src/mail/mailTransport.ts';
import { mailParts, startTestSmtpServer, type ReceivedMail } from '../cases/testSmtpServer.ts';
import { rating, testApp } from '../testApp.ts';

const DASHBOARD = 'https://feedback.shop.example';
const SCRIPT = '<script>alert("pay")</script> & the card was charged twice';
const OPEN = 'new,in_progress,waiting_on_customer';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/**
 * A collector on a clock the test sets, a real SMTP server, and the mail relay
 * between them; `runJobs` runs the hourly alert job once, as a start would.
 */
async function digestSetup(timeZone: string) {
  let clock = Date.parse('2026-10-19T12:00:00Z');
  const now = () => clock;
  const smtp = await startTestSmtpServer();
  let relay: MailRelay | undefined;
  const t = testApp({ now, mail: { kick: () => relay?.kick() }, publicUrl: DASHBOARD, mailFrom: 'touchpoint@shop.example' });
  const transport = mailTransport({ smtpUrl: smtp.url, dataDir: mkdtempSync(join(tmpdir(), 'tp-digest-')) });
  relay = startMailRelay(t.db, transport, now);
  cleanups.push(() => smtp.close(), async () => {
    await relay.stop();
    transport.close();
  });
  t.db.prepare('UPDATE sites SET time_zone = ? WHERE id = ?').run(timeZone, t.site.id);

  const api = async <T>(path: string, init: RequestInit = {}): Promise<T> => {
    const res = await t.admin(`/api/sites/${t.site.key}${path}`, init);
    if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  };
  // Engineering reads Simplified Chinese, customer service English; the other teams have no address.
  const { teams } = await api<{ teams: Record<string, unknown>[] }>('/teams');
  const addressed = teams.map((team) =>
    team.key === 'engineering' ? { ...team, email: 'eng@shop.example', lang: 'zh-CN' } : team.key === 'customer-service' ? { ...team, email: 'cs@shop.example' } : team,
  );
  await api('/teams', { method: 'PUT', body: JSON.stringify({ teams: addressed }) });
  const rules = { rules: [{ match: { page: { type: 'prefix', value: '/checkout' } }, team: 'engineering' }], fallbackTeam: 'customer-service' };
  await api('/routing-rules', { method: 'PUT', body: JSON.stringify(rules) });

  const rate = async (at: string, ratings: number[], extra: Record<string, unknown> = {}) => {
    clock = Date.parse(at);
    for (const score of ratings) expect((await t.collect(rating(t.site.key, { rating: score, path: '/', ...extra }))).status).toBe(202);
    groupCommit(t.db).drain();
  };
  const runJobs = async (at: string) => {
    clock = Date.parse(at);
    startAlertJobs(t.db, now, { from: 'touchpoint@shop.example', dashboardUrl: DASHBOARD, relay: { kick: () => relay.kick() } }).stop();
    await relay.idle();
  };
  const digests = () => smtp.received.filter((m) => /^(Weekly digest|每周摘要|每週摘要)/.test(m.headers.get('subject') ?? ''));
  return { ...t, smtp, api, rate, runJobs, digests, setClock: (at: string) => (clock = Date.parse(at)) };
}

const to = (mail: ReceivedMail) => mail.envelopeTo.join(',');

describe('the weekly digest e-mail per team', () => {
  it('goes out Monday 08:00 on a New York clock, in each team’s language, text and HTML, with the numbers the dashboard shows', async () => {
    const s = await digestSetup('America/New_York');
    // The week before (Oct 19–25, EDT): twelve happy ratings.
    await s.rate('2026-10-21T15:00:00Z', [5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 4, 4]);
    // The week (Oct 26 – Nov 1, DST ends on Nov 1): complaints on the payment page, one with markup, one on help, six happy ratings.
    await s.rate('2026-10-28T15:00:00Z', [1], { path: '/checkout/pay', comment: SCRIPT });
    await s.rate('2026-10-28T15:05:00Z', [1, 1, 1, 1, 1], { path: '/checkout/pay', comment: 'Payment failed' });
    await s.rate('2026-10-28T15:10:00Z', [1], { path: '/checkout/pay', comment: 'Refunded?', contact: { email: 'mei@example.com', consent: true } });
    await s.rate('2026-10-29T15:00:00Z', [2], { path: '/help', comment: 'No answer to my question' });
    await s.rate('2026-10-30T15:00:00Z', [5, 5, 5, 5, 5, 5]);
    // Sunday 23:30 in New York is Monday 04:30 UTC: still the week that ends at local midnight (05:00 UTC after the change).
    await s.rate('2026-11-02T04:30:00Z', [4]);

    // Engineering answers one shopper and closes that case, and closes another without a word.
    const eng = await s.api<CaseList>(`/cases?team=engineering&sort=oldest&status=${OPEN}`);
    const [, second, , , , , last] = eng.cases;
    s.setClock('2026-10-30T16:00:00Z');
    await s.api(`/cases/${last!.id}/reply`, { method: 'POST', body: JSON.stringify({ text: 'Your refund is on its way.' }) });
    await s.api(`/cases/${last!.id}`, { method: 'PATCH', body: JSON.stringify({ status: 'resolved' }) });
    await s.api(`/cases/${second!.id}`, { method: 'PATCH', body: JSON.stringify({ status: 'resolved' }) });

    await s.runJobs('2026-11-02T13:00:00Z');
    const digests = s.digests();
    expect(digests.map(to).sort(), 'teams without an address get none').toEqual(['cs@shop.example', 'eng@shop.example']);

    const zh = digests.find((m) => to(m) === 'eng@shop.example')!;
    expect(zh.headers.get('subject')).toBe('每周摘要：Engineering，Shop（2026-10-26 至 2026-11-01）');
    expect(zh.headers.get('content-type')).toMatch(/^multipart\/alternative/);
    const zhText = mailParts(zh).get('text/plain')!;
    const zhHtml = mailParts(zh).get('text/html')!;

    // The same numbers as the inbox and the Loop page for the same team and week.
    s.setClock('2026-11-02T13:00:00Z');
    const open = await s.api<CaseList>(`/cases?team=engineering&sort=oldest&status=${OPEN}`);
    const overdue = await s.api<CaseList>(`/cases?team=engineering&status=${OPEN}&overdue=true`);
    expect([open.total, overdue.total]).toEqual([5, 5]);
    expect(zhText).toContain(`${open.total} 个未结，其中 ${overdue.total} 个已逾期。`);
    for (const c of open.cases) expect(zhText).toContain(`${DASHBOARD}/case?site=${s.site.key}&id=${c.id}`);
    expect(zhText).toContain(`案例 #${open.cases[0]!.id}，新建，2026-10-28 创建，已逾期`);
    const week = `from=${encodeURIComponent('2026-10-26T04:00:00.000Z')}&to=${encodeURIComponent('2026-11-02T05:00:00.000Z')}`;
    const loop = (await s.api<Loop>(`/loop?${week}`)).teams.find((team) => team.team === 'engineering')!;
    expect(loop).toMatchObject({ cases: 7, actedOn: 2, told: 1 });
    expect(zhText).toContain(`本周新建 ${loop.cases} 个案例，已处理 ${loop.actedOn} 个（${Math.round(loop.closeLoopRate! * 100)}%）。`);
    expect(zhText).toContain('闭环率：已关闭的 2 个案例中，1 个已答复顾客（50%）。');
    const summary = await s.api<Summary>(`/summary?${week}`);
    expect(summary.totals.responses, 'the rating at Sunday 23:30 local is in the week').toBe(15);
    expect(zhText).toContain(`平均评分：${summary.totals.avgRating!.toFixed(2)}（15 个评分）；前一周 4.83（12 个评分）。变化 −`);
    expect(zhText).toContain(`CSAT（满意度）：${Math.round(summary.totals.csat! * 100)}%（15 个评分）；前一周 100%（12 个评分）。变化 −53 个百分点，95% 置信区间 −75 至 −20：显著变化。`);
    expect(zhText).toMatch(/净体验值：.*显著变化。/);
    expect(zhText).toContain('1–2 分评分：8；前一周 0：显著变化。');
    expect(zhText).toContain('/checkout/pay：新问题，本周 7 位顾客受影响，前一周 0 位。');
    expect(zhText, 'the help page is customer service’s').not.toContain('/help');
    expect(zhText).toContain(`${DASHBOARD}/routing?site=${s.site.key}`);

    // What shoppers wrote is text in both parts: escaped in the HTML, as written in the text.
    expect(zhText).toContain(`“${SCRIPT}”`);
    expect(zhHtml).not.toContain('<script>');
    expect(zhHtml).toContain('&lt;script&gt;alert(&quot;pay&quot;)&lt;/script&gt; &amp; the card was charged twice');
    expect(zhHtml).toContain('<html lang="zh-CN">');
    expect(zhHtml).toContain(`<a href="${DASHBOARD}/case?site=${s.site.key}&amp;id=${open.cases[0]!.id}"`);

    const en = digests.find((m) => to(m) === 'cs@shop.example')!;
    expect(en.headers.get('subject')).toBe('Weekly digest for Customer service, Shop: 2026-10-26 to 2026-11-01');
    const enText = mailParts(en).get('text/plain')!;
    expect(enText).toContain('Customer service on Shop, the week of 2026-10-26 to 2026-11-01.');
    expect(enText).toContain('1 open, 1 of them overdue.');
    expect(enText).toContain('“No answer to my question”');
    expect(enText).toContain('None routed to the team this week.');
    expect(enText).toContain('Ratings of 1–2: 8; the week before 0: a real change.');
    expect(enText).toContain('1 case opened this week, 0 acted on (0%).');
    expect(enText).toContain('None of them closed yet.');
    expect(mailParts(en).get('text/html')).toContain('<h2 style="font-size:16px;margin:24px 0 8px 0">Open cases</h2>');

    // The sent-mail page lists them as digests.
    const sent = await s.api<SentMailList>('/sent-mail');
    expect(sent.mail.filter((m) => m.kind === 'digest').map((m) => [m.to, m.lang, m.delivered]).sort()).toEqual([
      ['cs@shop.example', 'en', true],
      ['eng@shop.example', 'zh-CN', true],
    ]);
  });

  it('is sent once each Monday from 08:00 New York time, before and after the clocks go back, however often the job runs', async () => {
    const s = await digestSetup('America/New_York');
    const count = () => s.digests().length;
    await s.runJobs('2026-10-25T13:00:00Z'); // Sunday 09:00 EDT
    expect(count(), 'Sunday').toBe(0);
    await s.runJobs('2026-10-26T11:59:00Z'); // Monday 07:59 EDT
    expect(count(), 'before 08:00').toBe(0);
    await s.runJobs('2026-10-26T12:00:00Z'); // Monday 08:00 EDT
    expect(count()).toBe(2);
    await s.runJobs('2026-10-26T12:00:00Z');
    await s.runJobs('2026-10-26T20:00:00Z');
    expect(count(), 'the job again, and a restart later that day').toBe(2);
    await s.runJobs('2026-11-01T13:00:00Z'); // Sunday 08:00 EST: the clocks went back at 02:00
    await s.runJobs('2026-11-02T12:00:00Z'); // Monday 07:00 EST, which would be 08:00 on the summer clock
    await s.runJobs('2026-11-02T12:59:00Z');
    expect(count(), 'not before 08:00 EST').toBe(2);
    await s.runJobs('2026-11-02T13:00:00Z'); // Monday 08:00 EST
    await s.runJobs('2026-11-02T14:00:00Z');
    expect(count()).toBe(4);
    expect(s.digests().slice(2).every((m) => /2026-10-26 (至|to) 2026-11-01/.test(m.headers.get('subject') ?? ''))).toBe(true);
    expect(s.db.prepare('SELECT week, count(*) AS n FROM team_digests GROUP BY week ORDER BY week').all()).toEqual([
      { week: '2026-10-26', n: 2 },
      { week: '2026-11-02', n: 2 },
    ]);
  });

  it('follows each site’s own clock: Monday 08:00 in Shanghai is Monday 00:00 UTC', async () => {
    const s = await digestSetup('Asia/Shanghai');
    // A second site still on UTC: its Monday 08:00 comes eight hours later.
    const other = createSite(s.db, { name: 'Other shop', origins: ['https://other.example'] }, Date.parse('2026-10-19T12:00:00Z'));
    s.db.prepare("INSERT INTO teams (site_id, key, definition, lang, position) VALUES (?, 'triage', ?, 'zh-TW', 0)").run(
      other.id,
      JSON.stringify({ key: 'triage', name: 'Triage', email: 'other@shop.example', firstResponseHours: 8, resolutionHours: 72, members: [] }),
    );
    await s.runJobs('2026-11-01T23:59:00Z'); // Monday 07:59 in Shanghai
    expect(s.digests()).toHaveLength(0);
    await s.runJobs('2026-11-02T00:00:00Z'); // Monday 08:00 in Shanghai, Monday 00:00 UTC
    expect(s.digests().map(to).sort()).toEqual(['cs@shop.example', 'eng@shop.example']);
    expect(s.digests()[0]!.headers.get('subject')).toMatch(/2026-10-26 (至|to) 2026-11-01/);
    await s.runJobs('2026-11-02T08:00:00Z'); // 08:00 UTC: the other site's turn, in Traditional Chinese
    const other8 = s.digests().filter((m) => to(m) === 'other@shop.example');
    expect(other8).toHaveLength(1);
    expect(other8[0]!.headers.get('subject')).toBe('每週摘要：Triage，Other shop（2026-10-26 至 2026-11-01）');
    expect(mailParts(other8[0]!).get('text/plain')).toContain('沒有未結案件。');
    expect(s.digests()).toHaveLength(3);
  });
});

describe("a team's language", () => {
  it('is en until set, kept by the teams API, and only en, zh-CN or zh-TW', async () => {
    const t = testApp();
    const path = `/api/sites/${t.site.key}/teams`;
    const { teams } = (await (await t.admin(path)).json()) as { teams: Record<string, unknown>[] };
    expect(teams.every((team) => team.lang === 'en')).toBe(true);
    const put = (lang: unknown) =>
      t.admin(path, { method: 'PUT', body: JSON.stringify({ teams: teams.map((team, i) => (i === 0 ? { ...team, lang } : team)) }) });
    const refused = await put('fr');
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('invalid_payload');
    expect((await put('zh-TW')).status).toBe(200);
    const saved = (await (await t.admin(path)).json()) as { teams: Record<string, unknown>[] };
    expect(saved.teams.map((team) => team.lang)).toEqual(['zh-TW', 'en', 'en', 'en', 'en']);
    expect(t.db.prepare('SELECT lang FROM teams WHERE site_id = ? ORDER BY position').pluck().all(t.site.id)).toEqual(['zh-TW', 'en', 'en', 'en', 'en']);
  });
});
