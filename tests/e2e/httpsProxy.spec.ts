import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { settingsFromEnv, type ServerSettings } from '../../server/src/config.ts';
import { createSite } from '../../server/src/db/queries/sites/createSite.ts';
import { getSurveyCooldown } from '../../server/src/db/queries/surveys/getSurveyCooldown.ts';
import { startCollector, type RunningCollector } from '../../server/src/startCollector.ts';
import { freePort, startHttpsProxy, type HttpsProxy } from './httpsProxy.ts';
import { signIn } from './signIn.ts';
import { ADMIN_TOKEN } from './stack.ts';
import { expect, test } from './test.ts';
import { e2eNow } from './clock.ts';

// The normal production setup: nginx terminates TLS and passes plain http to
// the collector. The browser's Origin is https://…, the request the collector
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

/** nginx on a free port in front of a collector told `settings` about it. */
async function behindNginx(settings: (publicUrl: string) => Partial<ServerSettings>) {
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
  proxy = await startHttpsProxy({ upstream: `http://127.0.0.1:${collectorPort}`, port: proxyPort });
  const site = createSite(collector.db, { name: 'Shop', origins: ['https://shop.example'] }, e2eNow());
  return { site, db: collector.db, url: proxy.url };
}

for (const [setup, settings] of [
  ['TOUCHPOINT_PUBLIC_URL', (publicUrl: string) => ({ publicUrl })],
  ['TOUCHPOINT_TRUST_PROXY=1', () => ({ trustProxy: 1 })],
] as const) {
  test(`signs in through https and saves a setting, with ${setup}`, async ({ page, context }) => {
    const { site, db, url } = await behindNginx(settings);
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

test('refuses sign-in through https when the collector is told neither, and says what to set', async ({ page }) => {
  const { url } = await behindNginx(() => ({}));
  await page.goto(`${url}/login`);
  await page.getByLabel('Admin token').fill(ADMIN_TOKEN);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText(/TOUCHPOINT_PUBLIC_URL/)).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
});
