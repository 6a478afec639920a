import { describe, expect, it } from 'vitest';
import type { CaseList } from '../../../shared/schemas/cases.ts';
import { startMailRelay } from '../../src/mail/mailRelay.ts';
import { mailTransport } from '../../src/mail/mailTransport.ts';
import { startTestSmtpServer } from '../cases/testSmtpServer.ts';
import { groupCommit } from '../../src/ingest/groupCommit.ts';
import { rating } from '../testApp.ts';
import { webhookSetup } from './webhookSetup.ts';

const HOUR = 3_600_000;

describe('overdue cases by e-mail', () => {
  it('tells the case’s team once, through a real SMTP server, when a case passes its due time', async () => {
    const smtp = await startTestSmtpServer();
    let kicked = 0;
    const s = await webhookSetup({ mailFrom: 'Touchpoint <cases@shop.example>', dashboardUrl: 'https://feedback.shop.example', mail: { kick: () => kicked++ } });
    const mailRelay = startMailRelay(s.db, mailTransport({ smtpUrl: smtp.url, dataDir: '/nonexistent' }), s.now);
    try {
      const teams = (await (await s.admin(`/api/sites/${s.site.key}/teams`)).json()) as { teams: Record<string, unknown>[] };
      const withEmail = teams.teams.map((team) => (team.key === 'triage' ? { ...team, email: 'triage@shop.example' } : team));
      expect((await s.admin(`/api/sites/${s.site.key}/teams`, { method: 'PUT', body: JSON.stringify({ teams: withEmail }) })).status).toBe(200);
      await s.collect(rating(s.site.key, { rating: 1, path: '/checkout/payment', comment: 'declined' }));
      groupCommit(s.db).drain(); // the case is opened after the commit, off the 202's path
      const { cases } = (await (await s.admin(`/api/sites/${s.site.key}/cases`)).json()) as CaseList;
      const caseId = cases[0]!.id;

      await s.relay.runDue();
      expect(kicked, 'not overdue yet').toBe(0);
      s.advance(30 * 24 * HOUR);
      await s.relay.runDue();
      await s.relay.runDue();
      expect(kicked, 'kicked once, for one mail').toBe(1);
      mailRelay.kick();
      await expect.poll(() => smtp.received.length, { timeout: 10_000 }).toBe(1);
      s.advance(HOUR);
      await s.relay.runDue();
      mailRelay.kick();
      await mailRelay.idle();
      expect(smtp.received, 'once per case').toHaveLength(1);
      const [mail] = smtp.received;
      expect(mail!.envelopeTo).toEqual(['triage@shop.example']);
      expect(mail!.headers.get('subject')).toBe(`Overdue: case #${caseId} (Triage)`);
      expect(mail!.text).toMatch(/its first response was due \d{4}-\d\d-\d\d \d\d:\d\d UTC/);
      expect(mail!.text).toContain('Assignee: nobody yet');
      expect(mail!.text).toContain(`https://feedback.shop.example/case?site=${s.site.key}&id=${caseId}`);
    } finally {
      await mailRelay.stop();
      await smtp.close();
    }
  });
});
