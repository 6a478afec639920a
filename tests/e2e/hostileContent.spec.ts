import { expect, test } from './test.ts';
import { ADMIN_TOKEN, startStack, type Stack } from './stack.ts';
import { e2eNow } from './clock.ts';

// What a shopper types is data, never markup: every dashboard view must show
// these strings as text and run none of them.
const HOSTILE_COMMENT = '<img src=x onerror=alert(1)>';
const HOSTILE_PATH = '/"><svg/onload=alert(2)>';
const HOSTILE_OTHER = 'javascript:alert(3)';

let stack: Stack;
test.beforeAll(async () => {
  stack = await startStack();
  const now = e2eNow();
  await stack.admin('POST', `/api/sites/${stack.site.key}/import`, {
    responses: [
      { type: 'page_rating', id: 'hostile_0001', rating: 1, comment: HOSTILE_COMMENT, path: HOSTILE_PATH, title: '<b>title</b>', createdAt: new Date(now - 3_600_000).toISOString(), channel: 'web', device: 'desktop' },
      { type: 'page_rating', id: 'hostile_0002', rating: 2, comment: HOSTILE_OTHER, path: '/cart', createdAt: new Date(now - 7_200_000).toISOString(), channel: 'web', device: 'mobile' },
    ],
  });
});
test.afterAll(async () => {
  await stack.stop();
});

test('shopper-supplied text renders as text on every dashboard view, and nothing runs', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  const cspViolations: string[] = [];
  page.on('console', (msg) => {
    if (/Content Security Policy/i.test(msg.text())) cspViolations.push(msg.text());
  });

  await page.goto(`${stack.collectorUrl}/login`);
  await page.getByLabel('Admin token').fill(ADMIN_TOKEN);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('list', { name: 'Latest comments' })).toContainText(HOSTILE_COMMENT);
  await expect(page.getByRole('list', { name: 'Latest comments' })).toContainText(HOSTILE_OTHER);
  await expect(page.getByRole('table', { name: 'Pages, worst first' })).toContainText(HOSTILE_PATH);
  expect(await page.locator('img[src="x"], svg[onload]').count()).toBe(0);
  // No link may carry a javascript: URL.
  expect(await page.locator('a[href^="javascript:" i]').count()).toBe(0);

  for (const view of ['/journeys', '/journey-map', '/fix-first', '/touchpoints']) {
    await page.goto(`${stack.collectorUrl}${view}?site=${stack.site.key}`);
    await expect(page.locator('main')).toBeVisible();
    await page.waitForLoadState('networkidle');
    // The worst page's example comments are shown on the fix-first list.
    if (view === '/fix-first') await expect(page.locator('main')).toContainText(HOSTILE_COMMENT);
    expect(await page.locator('img[src="x"], svg[onload]').count(), view).toBe(0);
    expect(await page.locator('a[href^="javascript:" i]').count(), view).toBe(0);
  }
  expect(dialogs).toEqual([]);
  expect(cspViolations).toEqual([]);
});
