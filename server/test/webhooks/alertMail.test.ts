import { describe, expect, it } from 'vitest';
import { startMailRelay } from '../../src/mail/mailRelay.ts';
import { mailTransport } from '../../src/mail/mailTransport.ts';
import { announceFlaggedProblems } from '../../src/webhooks/spikeAlerts.ts';
import { startTestSmtpServer } from '../cases/testSmtpServer.ts';
import { webhookSetup } from './webhookSetup.ts';

const DAY = 86_400_000;

describe('spike alerts by e-mail', () => {
  it('tells the team the problem is routed to, once, through a real SMTP server, with what changed and what shoppers wrote', async () => {
    const smtp = await startTestSmtpServer();
    const s = await webhookSetup();
    const mailRelay = startMailRelay(s.db, mailTransport({ smtpUrl: smtp.url, dataDir: '/nonexistent' }), s.now);
    try {
      const teams = (await (await s.admin(`/api/sites/${s.site.key}/teams`)).json()) as { teams: Record<string, unknown>[] };
      const withEmail = teams.teams.map((team) => (team.key === 'engineering' ? { ...team, email: 'eng@shop.example' } : team));
      expect((await s.admin(`/api/sites/${s.site.key}/teams`, { method: 'PUT', body: JSON.stringify({ teams: withEmail }) })).status).toBe(200);
      const rules = { rules: [{ match: { page: { type: 'prefix', value: '/checkout/pay' } }, team: 'engineering' }], fallbackTeam: 'triage' };
      expect((await s.admin(`/api/sites/${s.site.key}/routing-rules`, { method: 'PUT', body: JSON.stringify(rules) })).status).toBe(200);
      const responses = Array.from({ length: 6 }, (_, i) => ({
        type: 'page_rating',
        id: `alert_${String(i).padStart(4, '0')}`,
        rating: 1,
        path: '/checkout/payment',
        comment: i === 0 ? 'The 3-D Secure window never opened' : undefined,
        createdAt: new Date(s.now() - DAY).toISOString(),
      }));
      expect((await s.admin(`/api/sites/${s.site.key}/import`, { method: 'POST', body: JSON.stringify({ responses }) })).status).toBe(201);

      const mail = { from: 'Touchpoint <alerts@shop.example>', dashboardUrl: 'https://feedback.shop.example' };
      expect(announceFlaggedProblems(s.db, s.now(), mail).map((p) => p.key)).toEqual(['/checkout/payment']);
      expect(announceFlaggedProblems(s.db, s.now(), mail), 'once').toEqual([]);
      mailRelay.kick();
      await expect.poll(() => smtp.received.length, { timeout: 10_000 }).toBe(1);
      await mailRelay.idle();
      const [alert] = smtp.received;
      expect(alert!.envelopeTo).toEqual(['eng@shop.example']);
      expect(alert!.headers.get('subject')).toBe('New problem on Shop: /checkout/payment');
      expect(alert!.text).toContain('/checkout/payment is a new problem on Shop.');
      expect(alert!.text).toContain('In the last 7 days: 6 customers hurt (6 ratings of 1–2, 0 abandonments); the 7 days before: 0.');
      expect(alert!.text).toContain('“The 3-D Secure window never opened”');
      expect(alert!.text).toContain(`https://feedback.shop.example/fix-first?site=${s.site.key}`);
    } finally {
      await mailRelay.stop();
      await smtp.close();
    }
  });
});
