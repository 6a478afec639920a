import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { settingsFromEnv, type ServerSettings } from '../../server/src/config.ts';
import { createSite } from '../../server/src/db/queries/sites/createSite.ts';
import { getSurveyCooldown } from '../../server/src/db/queries/surveys/getSurveyCooldown.ts';
import { startCollector, type RunningCollector } from '../../server/src/startCollector.ts';
import { startDemoServer } from '../../demo/serveDemo.ts';
import { startCaddyProxy } from './caddyProxy.ts';
import { freePort, startHttpsProxy, type HttpsProxy, type HttpsProxyOptions } from './httpsProxy.ts';
import { signIn } from './signIn.ts';
import { ADMIN_TOKEN } from './stack.ts';
import { expect, test } from './test.ts';
import { e2eNow } from './clock.ts';

// The normal production setup, with the README's nginx site (deploy/nginx.conf)
// and Caddyfile (deploy/caddy/Caddyfile): the proxy terminates TLS and passes
// plain http to the collector. The browser's Origin is https://…, the request the collector
// sees is http://…; sign-in and every cookie-authenticated write must still work.

test.use({ ignoreHTTPSErrors: true });

let collector: RunningCollector | undefined;
let proxy: HttpsProxy | undefined;
let dataDir: string;

test.afterEach(async () => {
  await proxy?.close();
  await collector?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const PROXIES: [string, (options: HttpsProxyOptions) => Promise<HttpsProxy>][] = [
  ['nginx', startHttpsProxy],
  ['Caddy', startCaddyProxy],
];

/** nginx on a free port in front of a collector told `settings` about it. */
function behindNginx(settings: (publicUrl: string) => Partial<ServerSettings>) {
  return behindProxy(startHttpsProxy, settings);
}

/** A proxy on a free port in front of a collector told `settings` about it. */
async function behindProxy(startProxy: (options: HttpsProxyOptions) => Promise<HttpsProxy>, settings: (publicUrl: string) => Partial<ServerSettings>) {
  dataDir = mkdtempSync(join(tmpdir(), 'touchpoint-e2e-https-'));
  const [proxyPort, collectorPort] = [await freePort(), await freePort()];
  const publicUrl = `https://127.0.0.1:${proxyPort}`;
  collector = await startCollector({
    ...settingsFromEnv({}),
    host: '127.0.0.1',
    port: collectorPort,
    dataDir,
    adminTokenFromEnv: ADMIN_TOKEN,
    now: e2eNow,
    ...settings(publicUrl),
  });
  proxy = await startProxy({ upstream: `http://127.0.0.1:${collectorPort}`, port: proxyPort });
  const site = createSite(collector.db, { name: 'Shop', origins: ['https://shop.example'] }, e2eNow());
  return { site, db: collector.db, url: proxy.url };
}

for (const [name, startProxy] of PROXIES) for (const [setup, settings] of [
  ['TOUCHPOINT_PUBLIC_URL', (publicUrl: string) => ({ publicUrl })],
  ['TOUCHPOINT_TRUST_PROXY=1', () => ({ trustProxy: 1 })],
] as const) {
  test(`signs in through ${name} and https and saves a setting, with ${setup}`, async ({ page, context }) => {
    const { site, db, url } = await behindProxy(startProxy, settings);
    await signIn(page, { collectorUrl: url });
    const cookies = await context.cookies(url);
    expect(cookies.map((cookie) => [cookie.name, cookie.secure]).sort()).toEqual([['tp_csrf', true], ['tp_session', true]]);

    await page.goto(`${url}/surveys?site=${site.key}`);
    const cooldown = page.getByRole('region', { name: 'Survey fatigue' });
    await cooldown.getByLabel('Days without surveys after one is answered or dismissed').fill('21');
    await cooldown.getByRole('button', { name: 'Save cooldown' }).click();
    await expect(cooldown.getByRole('status')).toHaveText(/^Saved\./);
    expect(getSurveyCooldown(db, site.id)).toBe(21);
  });
}

/** A rating posted through the proxy from a loopback address of our choosing, with a forged X-Forwarded-For. */
function postFrom(localAddress: string, url: string, siteKey: string): Promise<number> {
  const body = JSON.stringify({ type: 'page_rating', id: `resp_${localAddress.replaceAll('.', '_')}_${Math.random().toString(36).slice(2, 8)}`, site: siteKey, rating: 3, path: '/' });
  return new Promise((resolve, reject) => {
    const req = request(`${url}/v1/responses`, {
      method: 'POST',
      localAddress,
      rejectUnauthorized: false,
      headers: { 'content-type': 'text/plain', origin: 'https://shop.example', 'x-forwarded-for': '198.51.100.7' },
    }, (res) => {
      res.resume();
      resolve(res.statusCode!);
    });
    req.once('error', reject);
    req.end(body);
  });
}

for (const [name, startProxy] of PROXIES) test(`the widget posts through ${name}, and the collector limits each client by the address ${name} forwards`, async ({ page }) => {
  const { site, db, url } = await behindProxy(startProxy, () => ({ trustProxy: 1, allowHeadless: true, limits: { perAddressPerMinute: 2 } }));
  // The demo shop over http, loading the widget from the https proxy.
  const demo = await startDemoServer({ port: 0, host: '127.0.0.1', collectorUrl: url, siteKey: 'pending' });
  try {
    const shop = createSite(db, { name: 'Demo shop', origins: [new URL(demo.url).origin] }, e2eNow());
    demo.setEmbed({ siteKey: shop.key });
    await page.goto(`${demo.url}/product/trail-jacket`);
    await page.getByRole('button', { name: 'Feedback' }).click();
    const form = page.getByRole('dialog', { name: 'How was this page?' });
    await form.getByRole('radio', { name: /^5 / }).check();
    await form.getByRole('textbox').fill(`Sent through ${name}`);
    await form.getByRole('button', { name: 'Send' }).click();
    await expect.poll(() => db.prepare('SELECT site_id, rating FROM responses WHERE comment = ?').get(`Sent through ${name}`)).toEqual({ site_id: shop.id, rating: 5 });
  } finally {
    await demo.close();
  }

  // Two a minute per address. 127.0.0.2 has its own two, whatever X-Forwarded-For it forges;
  // 127.0.0.3 still has its own. Were the collector to count nginx's address, or the forged one,
  // they would share one allowance with the browser's rating above.
  expect([await postFrom('127.0.0.2', url, site.key), await postFrom('127.0.0.2', url, site.key)]).toEqual([202, 202]);
  expect(await postFrom('127.0.0.2', url, site.key)).toBe(429);
  expect(await postFrom('127.0.0.3', url, site.key)).toBe(202);
});

test("the guide's port 80 server sends browsers to https", async () => {
  await behindNginx(() => ({ trustProxy: 1 }));
  const res = await fetch(`${proxy!.httpUrl}/login`, { redirect: 'manual' });
  expect(res.status).toBe(301);
  expect(res.headers.get('location')).toBe('https://127.0.0.1/login');
});

test('refuses sign-in through https when the collector is told neither, and says what to set', async ({ page }) => {
  const { url } = await behindNginx(() => ({}));
  await page.goto(`${url}/login`);
  await page.getByLabel('Admin token').fill(ADMIN_TOKEN);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText(/TOUCHPOINT_PUBLIC_URL/)).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
});
