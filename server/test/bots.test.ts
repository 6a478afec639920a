import { describe, expect, it } from 'vitest';
import { settingsFromEnv } from '../src/config.ts';
import { botFilter } from '../src/http/botFilter.ts';
import { rating, testApp } from './testApp.ts';

const GOOGLEBOT = 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)';
const HEADLESS =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.6778.33 Safari/537.36';
const CHROME = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1';

describe('bot filter', () => {
  it('tells bots and headless Chrome from browsers', () => {
    const isBot = botFilter();
    expect([GOOGLEBOT, HEADLESS, 'curl/8.5.0', 'python-requests/2.31'].map(isBot)).toEqual([true, true, true, true]);
    expect([CHROME, IPHONE].map(isBot)).toEqual([false, false]);
  });

  it('with allowHeadless lets only headless Chrome through', () => {
    const isBot = botFilter({ allowHeadless: true });
    expect(isBot(HEADLESS)).toBe(false);
    expect(isBot(GOOGLEBOT)).toBe(true);
  });

  it('drops nothing with dropBots false', () => {
    expect(botFilter({ dropBots: false })(GOOGLEBOT)).toBe(false);
  });

  it('reads TOUCHPOINT_ALLOW_HEADLESS and TOUCHPOINT_DROP_BOTS from the environment', () => {
    expect(settingsFromEnv({})).toMatchObject({ dropBots: true, allowHeadless: false, trustProxy: 0 });
    expect(settingsFromEnv({ TOUCHPOINT_ALLOW_HEADLESS: '1' })).toMatchObject({ dropBots: true, allowHeadless: true });
    expect(settingsFromEnv({ TOUCHPOINT_DROP_BOTS: '0' }).dropBots).toBe(false);
    expect(settingsFromEnv({ TOUCHPOINT_TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(() => settingsFromEnv({ TOUCHPOINT_TRUST_PROXY: 'yes' })).toThrow(/TOUCHPOINT_TRUST_PROXY/);
    expect(settingsFromEnv({ TOUCHPOINT_RATE_LIMIT_PER_ADDRESS: '100' }).limits).toEqual({ perAddressPerMinute: 100 });
  });
});

describe('bots on POST /v1/responses', () => {
  it('answers a bot 202 like anyone, stores nothing and counts it', async () => {
    const { collect, site, count, admin } = testApp();
    const body = rating(site.key, { id: 'resp_from_bot_1' });
    const res = await collect(body, { 'user-agent': GOOGLEBOT });
    expect(res.status).toBe(202);
    expect(await res.json()).toEqual({ id: 'resp_from_bot_1' });
    await collect(rating(site.key), { 'user-agent': HEADLESS });
    expect(count()).toBe(0);
    const stats = await (await admin(`/api/sites/${site.key}/ingestion`)).json();
    expect(stats).toMatchObject({ botsDropped: 2, rateLimited: 0 });
  });

  it('stores headless Chrome when allowHeadless is set (browser tests), still dropping other bots', async () => {
    const { collect, site, count } = testApp({ allowHeadless: true });
    expect((await collect(rating(site.key), { 'user-agent': HEADLESS })).status).toBe(202);
    expect((await collect(rating(site.key), { 'user-agent': GOOGLEBOT })).status).toBe(202);
    expect(count()).toBe(1);
  });

  it('stores what real browsers send', async () => {
    const { collect, site, count } = testApp();
    await collect(rating(site.key), { 'user-agent': CHROME });
    await collect(rating(site.key), { 'user-agent': IPHONE });
    expect(count()).toBe(2);
  });

  it('does not let bots spend the site budget of real shoppers', async () => {
    const { collect, site, count } = testApp({ trustProxy: 1, limits: { perSitePerMinute: 2 } });
    for (let i = 0; i < 5; i++) await collect(rating(site.key), { 'user-agent': GOOGLEBOT, 'x-forwarded-for': `192.0.2.${i}` });
    expect((await collect(rating(site.key), { 'user-agent': CHROME, 'x-forwarded-for': '203.0.113.1' })).status).toBe(202);
    expect(count()).toBe(1);
  });
});
