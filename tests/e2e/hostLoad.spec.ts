import type { Route } from '@playwright/test';
import { expect, test, type Page } from './test.ts';
import { callTouchpoint, fixturesPerTest } from './widgetFixtures.ts';

// Issue 15: tp.js costs the page nothing before its `load`. It is fetched and
// run while the page loads (an async script), but then only takes over the
// queue stub and waits: no element, no style, no request until `load` has
// fired, unless the page itself calls `open`. The page here holds its `load`
// with an image the test answers only when it has looked.

const current = fixturesPerTest();

const GIF = Buffer.from('R0lGODlhAQABAAAAACw=', 'base64');

/** Opens a fixture page whose `load` waits for an image until `release()`; resolves once tp.js has run. */
async function openHeldPage(page: Page) {
  let held: Route | undefined;
  await page.route('**/held.gif', (route) => void (held = route));
  const widgetRequests: string[] = [];
  page.on('request', (request) => {
    if (/\/(w|v1)\//.test(request.url())) widgetRequests.push(request.url());
  });
  await page.goto(current.fixtures.serve('/held', { body: '<main><h1>Held page</h1><img src="/held.gif" width="1" height="1" alt=""></main>' }), { waitUntil: 'commit' });
  await page.waitForFunction(() => (window as unknown as { __touchpointStarted?: boolean }).__touchpointStarted === true);
  await expect.poll(() => held !== undefined).toBe(true);
  return {
    widgetRequests,
    release: () => held!.fulfill({ body: GIF, contentType: 'image/gif' }),
  };
}

test('before the page has loaded, tp.js draws nothing and fetches nothing; after load the tab comes', async ({ page }) => {
  const { widgetRequests, release } = await openHeldPage(page);
  await callTouchpoint(page, 'track', 'viewed_jackets'); // tp.js's own function now, which only queues
  await page.waitForTimeout(500); // time enough for a launcher that draws at once to have drawn
  expect(await page.evaluate(() => document.readyState)).not.toBe('complete');
  expect(await page.locator('touchpoint-widget').count()).toBe(0);
  expect(widgetRequests).toEqual([]);

  await release();
  await expect(page.getByRole('button', { name: 'Feedback' })).toBeVisible();
  await expect.poll(() => widgetRequests.some((url) => /\/w\/core-/.test(url))).toBe(true);
});

test('a page that calls open before its load gets the form at once', async ({ page }) => {
  const { release } = await openHeldPage(page);
  await callTouchpoint(page, 'open');
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(await page.evaluate(() => document.readyState)).not.toBe('complete');
  await release();
});
