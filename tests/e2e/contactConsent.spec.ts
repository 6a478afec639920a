import { readFileSync } from 'node:fs';
import type { CaseList } from '../../shared/schemas/cases.ts';
import { expect, test, type Page } from './test.ts';
import { startStack, type Stack } from './stack.ts';

let stack: Stack;
test.beforeEach(async () => {
  stack = await startStack();
});
test.afterEach(async () => {
  await stack.stop();
});

async function rateWithContact(page: Page, width: number) {
  await page.setViewportSize({ width, height: 900 });
  await page.goto(`${stack.demoUrl}/checkout/payment`);
  await page.getByRole('button', { name: 'Feedback' }).click();
  const dialog = page.getByRole('dialog', { name: 'How was this page?' });
  await dialog.getByText('Very bad').click();
  await dialog.getByRole('textbox', { name: /Anything to add/ }).fill('Payment failed twice');
  const email = dialog.getByRole('textbox', { name: 'Your e-mail' });
  await expect(email).toBeHidden();
  await dialog.getByRole('checkbox', { name: 'E-mail me about this' }).check();
  await expect(email).toBeFocused();
  return { dialog, email };
}

test('a shopper asks to be answered: the address goes apart from the comment, and the reply is written as mail', async ({ page }) => {
  const { dialog, email } = await rateWithContact(page, 1280);
  await email.fill('not an address');
  await dialog.getByRole('button', { name: 'Send' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Please enter a valid e-mail address.');
  await email.fill('mei@example.com');
  await page.screenshot({ path: 'test-results/contact-consent-1280.png' });
  await dialog.getByRole('button', { name: 'Send' }).click();
  await expect(page.getByRole('dialog').getByText('Thank you!')).toBeVisible();

  const path = `/api/sites/${stack.site.key}/cases`;
  await expect.poll(async () => (await stack.admin<CaseList>('GET', path)).cases.length).toBe(1);
  const [c] = (await stack.admin<CaseList>('GET', path)).cases;
  expect(c!.canReply).toBe(true);
  expect(c!.feedback[0]!.comment).toBe('Payment failed twice');
  expect(stack.db.prepare('SELECT contact_email FROM responses').pluck().get()).toBe('mei@example.com');

  await stack.admin('POST', `${path}/${c!.id}/reply`, { text: 'We fixed the payment timeout you hit.' });
  // No SMTP server configured: the relay writes the message as an .eml file in the data directory.
  await expect.poll(() => stack.db.prepare('SELECT status FROM mail_outbox').pluck().get()).toBe('written');
  const eml = readFileSync(stack.db.prepare('SELECT file FROM mail_outbox').pluck().get() as string, 'utf8');
  expect(eml).toMatch(/^To: mei@example\.com$/m);
  expect(eml).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click$/m);
  expect(eml).toContain('We fixed the payment timeout you hit.');
});

test('the contact fields fit a phone screen', async ({ page }) => {
  const { email } = await rateWithContact(page, 390);
  await email.fill('mei@example.com');
  await page.screenshot({ path: 'test-results/contact-consent-390.png' });
  const box = await email.boundingBox();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(390);
});
