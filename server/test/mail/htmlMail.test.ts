import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/openDatabase.ts';
import { insertMail } from '../../src/db/queries/mail/insertMail.ts';
import { write } from '../../src/db/write.ts';
import { startMailRelay, type MailRelay } from '../../src/mail/mailRelay.ts';
import { mailTransport } from '../../src/mail/mailTransport.ts';
import { TEST_NOW } from '../../../tests/clock/testInstants.ts';
import { startTestSmtpServer } from '../cases/testSmtpServer.ts';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

function queue(relayTo: { smtpUrl?: string; dataDir: string }, html: string | null) {
  const db = openDatabase(':memory:');
  write(db, () =>
    insertMail(db, { siteId: null, caseId: null, responseId: null, kind: 'digest', to: 'team@shop.example', from: 'touchpoint@shop.example', subject: 'Weekly', text: 'Plain words', html, headers: {}, lang: 'en', at: TEST_NOW }),
  );
  const transport = mailTransport(relayTo);
  const relay: MailRelay = startMailRelay(db, transport, () => TEST_NOW);
  cleanups.push(async () => {
    await relay.stop();
    transport.close();
  });
  relay.kick();
  return relay;
}

it('sends a mail with an HTML part as multipart/alternative over SMTP', async () => {
  const smtp = await startTestSmtpServer();
  cleanups.push(() => smtp.close());
  const relay = queue({ smtpUrl: smtp.url, dataDir: tmpdir() }, '<p>Rich <b>words</b></p>');
  await relay.idle();
  await expect.poll(() => smtp.received.length).toBe(1);
  const [mail] = smtp.received;
  expect(mail.headers.get('content-type')).toMatch(/^multipart\/alternative/);
  expect(mail.raw).toContain('Plain words');
  expect(mail.raw).toContain('<p>Rich <b>words</b></p>');
});

it('keeps a text-only mail text only, and writes the HTML part into the .eml fallback', async () => {
  const smtp = await startTestSmtpServer();
  cleanups.push(() => smtp.close());
  await queue({ smtpUrl: smtp.url, dataDir: tmpdir() }, null).idle();
  await expect.poll(() => smtp.received.length).toBe(1);
  expect(smtp.received[0].headers.get('content-type')).toMatch(/^text\/plain/);

  const dataDir = mkdtempSync(join(tmpdir(), 'tp-mail-'));
  await queue({ dataDir }, '<p>Rich</p>').idle();
  await expect.poll(() => readFileSync(join(dataDir, 'mail', '1.eml'), 'utf8')).toContain('<p>Rich</p>');
  expect(readFileSync(join(dataDir, 'mail', '1.eml'), 'utf8')).toMatch(/multipart\/alternative/);
});
