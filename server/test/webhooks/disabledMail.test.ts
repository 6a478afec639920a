import { describe, expect, it } from 'vitest';
import { startMailRelay } from '../../src/mail/mailRelay.ts';
import { mailTransport } from '../../src/mail/mailTransport.ts';
import { RETRY_DELAYS_MS } from '../../src/webhooks/retrySchedule.ts';
import { addTestUser } from '../accounts.ts';
import { startTestSmtpServer } from '../cases/testSmtpServer.ts';
import { webhookSetup } from './webhookSetup.ts';

describe('a destination disabled by the relay', () => {
  it('e-mails every active admin once, through a real SMTP server, when the last attempt fails', async () => {
    const smtp = await startTestSmtpServer();
    let kicked = 0;
    const s = await webhookSetup({ mailFrom: 'Touchpoint <alerts@shop.example>', dashboardUrl: 'https://feedback.shop.example', mail: { kick: () => kicked++ } });
    await addTestUser(s.db, 'ana@shop.example', 'admin');
    await addTestUser(s.db, 'ben@shop.example', 'admin');
    await addTestUser(s.db, 'vic@shop.example', 'viewer');
    const retired = await addTestUser(s.db, 'old@shop.example', 'admin');
    s.db.prepare('UPDATE users SET disabled = 1 WHERE id = ?').run(retired.id);
    const mailRelay = startMailRelay(s.db, mailTransport({ smtpUrl: smtp.url, dataDir: '/nonexistent' }), s.now);
    try {
      const { id } = await s.createHook();
      s.receiver.answer(() => ({ status: 500 }));
      await s.sendTest(id);
      for (const delay of RETRY_DELAYS_MS) {
        s.advance(delay);
        await s.relay.runDue();
        if (delay !== RETRY_DELAYS_MS.at(-1)) expect(kicked, 'no mail before the last attempt').toBe(0);
      }
      expect(kicked).toBe(1);
      mailRelay.kick();
      await expect.poll(() => smtp.received.length, { timeout: 10_000 }).toBe(2);
      await mailRelay.idle();
      expect(smtp.received.flatMap((m) => m.envelopeTo).sort()).toEqual(['ana@shop.example', 'ben@shop.example']);
      const [mail] = smtp.received;
      expect(mail!.headers.get('subject')).toBe(`Webhook disabled: ${s.receiver.url}`);
      expect(mail!.headers.get('from')).toContain('alerts@shop.example');
      expect(mail!.text).toContain(`Touchpoint stopped delivering to ${s.receiver.url} (Shop): all 10 attempts of a delivery failed.`);
      expect(mail!.text).toContain(`https://feedback.shop.example/webhooks?site=${s.site.key}`);
    } finally {
      await mailRelay.stop();
      await smtp.close();
    }
  });
});
