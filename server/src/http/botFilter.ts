import { createIsbotFromList, isbot, list } from 'isbot';

export interface BotFilterOptions {
  /** Drop submissions from bots at all (default true). */
  dropBots?: boolean;
  /** Let headless Chrome through (browser tests run Debian's headless Chromium). */
  allowHeadless?: boolean;
}

const isBotExceptHeadless = createIsbotFromList(list.filter((pattern) => !/headless/i.test(pattern)));

/**
 * Tells bots and headless browsers by their User-Agent (the isbot list, plus
 * HeadlessChrome). Crude, but it keeps crawlers and the cheapest scripts out of
 * the numbers; determined fakers are what the rate limits are for.
 */
export function botFilter({ dropBots = true, allowHeadless = false }: BotFilterOptions = {}): (userAgent?: string) => boolean {
  if (!dropBots) return () => false;
  if (allowHeadless) return (userAgent) => isBotExceptHeadless(userAgent);
  return (userAgent) => isbot(userAgent) || /HeadlessChrome/i.test(userAgent ?? '');
}
