import { expect, newPinnedPage, test, type Page } from './test.ts';
import { ADMIN_TOKEN, startStack, type Stack } from './stack.ts';

let stack: Stack;
test.beforeEach(async () => {
  stack = await startStack();
});
test.afterEach(async () => {
  await stack.stop();
});

/** Tabs through the page the way a keyboard user does until the Feedback tab has focus. */
async function tabToFeedback(page: Page) {
  const tab = page.getByRole('button', { name: 'Feedback' });
  await expect(tab).toBeVisible();
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    if (await tab.evaluate((el) => (el.getRootNode() as ShadowRoot).activeElement === el)) return tab;
  }
  throw new Error('The Feedback tab never received keyboard focus');
}

async function openWithKeyboard(page: Page) {
  await tabToFeedback(page);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'How was this page?' });
  await expect(dialog).toBeVisible();
  return dialog;
}

async function rateWithKeyboard(page: Page, comment: string) {
  const dialog = page.getByRole('dialog', { name: 'How was this page?' });
  // Focus starts on the first rating; the arrow key moves it to 2.
  await expect(dialog.getByRole('radio', { name: /^1 / })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(dialog.getByRole('radio', { name: /^2 / })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('textbox')).toBeFocused();
  await page.keyboard.type(comment);
  await page.keyboard.press('Tab');
  // "E-mail me about this" stays unticked: no address is asked for.
  await expect(dialog.getByRole('checkbox', { name: 'E-mail me about this' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Send' })).toBeFocused();
  await page.keyboard.press('Enter');
  // Once sent, the dialog is named by its thank-you heading.
  return page.getByRole('dialog');
}

test('a shopper rates a page with the keyboard and the team sees it on the dashboard', async ({ page, browser }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${stack.demoUrl}/checkout/shipping`);
  expect(new URL(page.url()).origin).not.toBe(new URL(stack.collectorUrl).origin);

  await openWithKeyboard(page);
  const dialog = await rateWithKeyboard(page, 'The postcode field rejects my address');
  await expect(dialog.getByText('Thank you!')).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Close' }).last()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Feedback' })).toBeFocused();
  expect(errors).toEqual([]);

  const team = await newPinnedPage(browser);
  await team.goto(stack.collectorUrl);
  await expect(team).toHaveURL(/\/login/);
  await team.getByLabel('Admin token').fill(ADMIN_TOKEN);
  await team.getByRole('button', { name: 'Sign in' }).click();
  const pages = team.getByRole('table', { name: 'Pages, worst first' });
  await expect(pages.getByRole('row', { name: /\/checkout\/shipping/ })).toContainText('2.0');
  const comments = team.getByRole('list', { name: 'Latest comments' });
  await expect(comments).toContainText('The postcode field rejects my address');
  await expect(comments).toContainText('/checkout/shipping');
  await team.screenshot({ path: 'test-results/dashboard-after-feedback.png', fullPage: true });
});

test('with the collector down the page keeps working and the rating arrives on the next page view', async ({ page }) => {
  await page.goto(`${stack.demoUrl}/product/trail-jacket`);
  // The collector goes down while the shopper is writing.
  await openWithKeyboard(page);
  await stack.stopCollector();

  const dialog = await rateWithKeyboard(page, 'Sent while offline');
  await expect(dialog.getByText(/saved your feedback/)).toBeVisible();
  await page.keyboard.press('Escape');

  // The host page is untouched: its own links still work.
  await stack.restartCollector();
  await page.getByRole('link', { name: /cart/i }).first().click();
  await expect(page).toHaveURL(/\/cart$/);

  await expect
    .poll(() => stack.db.prepare("SELECT comment FROM responses WHERE comment = 'Sent while offline'").pluck().all(), {
      timeout: 10_000,
    })
    .toEqual(['Sent while offline']);
  // Other sends of the new page (its journey step) may still be in flight.
  await expect.poll(() => page.evaluate(() => localStorage.getItem('touchpoint:outbox'))).toBeNull();
});
