import { test as base, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { e2eNow } from './clock.ts';

export { expect } from '@playwright/test';
export type { Page } from '@playwright/test';

/**
 * Playwright's `test`, with every browser context's clock set to the suite's
 * (clock.ts) before any page loads. Time still flows and timers fire as usual;
 * only the calendar is the pinned one, as on the collector.
 */
export const test = base.extend({
  context: async ({ context }, use) => {
    await context.clock.install({ time: e2eNow() });
    await use(context);
  },
});

type NewContextOptions = Parameters<Browser['newContext']>[0];

/** `browser.newContext(options)` with the suite's clock, for tests that need a context of their own (a phone, a locale). */
export async function newPinnedContext(browser: Browser, options?: NewContextOptions): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  await context.clock.install({ time: e2eNow() });
  return context;
}

/** `browser.newPage()` with the suite's clock: a second person, such as the team reading the dashboard. */
export async function newPinnedPage(browser: Browser): Promise<Page> {
  return (await newPinnedContext(browser)).newPage();
}
