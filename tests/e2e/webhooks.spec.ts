import { startReceiver } from '../../server/test/webhooks/receiver.ts';
import { e2eNow } from './clock.ts';
import { signIn } from './signIn.ts';
import { startStack, type Stack } from './stack.ts';
import { expect, test } from './test.ts';

// A site owner plugs an HTTP service in from the dashboard: adds the webhook,
// copies the secret, sends a test event, watches it in the delivery log; the
// receiver goes down, the next delivery fails, the owner replays it.

let stack: Stack;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
let secret: string | undefined;
test.beforeEach(async () => {
  stack = await startStack();
  receiver = await startReceiver({ secret: () => secret, clock: e2eNow });
});
test.afterEach(async () => {
  await receiver.close();
  await stack.stop();
});

test('create a webhook, send a test event, see it delivered, fail, replay', async ({ page }) => {
  await signIn(page, stack);
  await page.goto(`${stack.collectorUrl}/`);
  await page.getByLabel(/^Account/).click();
  await page.getByRole('link', { name: 'Webhooks & alerts' }).click();
  await expect(page.getByRole('heading', { name: 'Webhooks & alerts' })).toBeVisible();

  await page.getByLabel('URL').fill(receiver.url);
  await page.getByRole('checkbox', { name: /Case opened/ }).check();
  await page.getByRole('button', { name: 'Add destination' }).click();
  const shown = page.getByLabel('Signing secret', { exact: true });
  await expect(shown).toHaveText(/^whsec_/);
  secret = (await shown.textContent()) ?? undefined;
  const card = page.getByRole('region', { name: receiver.url });
  await expect(card).toContainText('feedback.created, case.created');

  await card.getByRole('button', { name: 'Send test event' }).click();
  const log = card.getByRole('table', { name: 'Delivery log' });
  await expect(log.getByRole('row').filter({ hasText: 'webhook.test' }).first()).toContainText('delivered');
  await expect(log).toContainText('HTTP 200');
  expect(receiver.received).toHaveLength(1);
  expect(receiver.received[0]!.verified).toBe(true);

  await page.getByRole('button', { name: 'Done' }).click();
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `test-results/webhooks-delivered-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });

  // The receiver goes down: the next test event fails and waits for its retry.
  receiver.answer(() => ({ status: 500, body: 'receiver down for maintenance' }));
  await card.getByRole('button', { name: 'Send test event' }).click();
  const failedRow = log.getByRole('row').filter({ hasText: 'HTTP 500' });
  await expect(failedRow).toContainText('receiver down for maintenance');
  await expect(failedRow).toContainText('next');
  const failedId = receiver.received[1]!.id;
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `test-results/webhooks-failed-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });

  // Back up; the owner replays it at once rather than wait for the schedule.
  receiver.answer(() => ({ status: 200, body: 'ok' }));
  await failedRow.getByRole('button', { name: `Replay ${failedId}` }).click();
  await expect(log.getByRole('row').filter({ hasText: failedId }).first()).toContainText('delivered');
  await expect(log.getByRole('row').filter({ hasText: failedId }).first()).toContainText('#2');
  expect(receiver.received.map((r) => r.id)).toEqual([receiver.received[0]!.id, failedId, failedId]);
  expect(receiver.received.every((r) => r.verified)).toBe(true);
});
