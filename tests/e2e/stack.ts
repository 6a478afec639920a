import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { settingsFromEnv } from '../../server/src/config.ts';
import { createSite } from '../../server/src/db/queries/sites/createSite.ts';
import { startCollector, type RunningCollector } from '../../server/src/startCollector.ts';
import { startDemoServer } from '../../demo/serveDemo.ts';
import { e2eNow } from './clock.ts';

export const ADMIN_TOKEN = 'e2e-admin-token';

/**
 * The real thing, on loopback: the collector (serving the built widget and
 * dashboard) on one origin, the demo shop embedding the snippet on another.
 */
export async function startStack({ env = {} }: { env?: NodeJS.ProcessEnv } = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'touchpoint-e2e-'));
  const settings = {
    // The collector's environment, as `npm start` reads it: empty unless a spec needs a setting (an SMTP server).
    ...settingsFromEnv(env),
    host: '127.0.0.1',
    port: 0,
    dataDir,
    adminTokenFromEnv: ADMIN_TOKEN,
    // Debian's headless Chromium says "HeadlessChrome": let it through as a
    // shopper; every other bot is still dropped.
    allowHeadless: true,
    // Webhook specs receive on loopback.
    allowPrivateWebhooks: true,
    now: e2eNow,
  };
  let collector: RunningCollector = await startCollector(settings);
  const collectorPort = Number(new URL(collector.url).port);
  // The shop needs the site key and the site needs the shop's origin: start the
  // shop first, then tell it the key.
  const demo = await startDemoServer({ port: 0, host: '127.0.0.1', collectorUrl: collector.url, siteKey: 'pending' });
  const site = createSite(collector.db, { name: 'Demo shop', origins: [new URL(demo.url).origin] }, e2eNow());
  demo.setEmbed({ siteKey: site.key });

  return {
    site,
    demoUrl: demo.url,
    /** The admin API, as automation calls it: bearer token, JSON. */
    async admin<T = unknown>(method: string, path: string, body?: unknown): Promise<T> {
      const res = await fetch(collector.url + path, {
        method,
        headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (!res.ok) throw new Error(`${method} ${path} → ${res.status} ${await res.text()}`);
      return (await res.json()) as T;
    },
    get collectorUrl() {
      return collector.url;
    },
    get db() {
      return collector.db;
    },
    /** Takes the collector down, as an outage would. */
    async stopCollector() {
      await collector.close();
    },
    /** Brings it back on the same port with the same data. */
    async restartCollector() {
      collector = await startCollector({ ...settings, port: collectorPort });
    },
    async stop() {
      await demo.close();
      await collector.close().catch(() => {});
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export type Stack = Awaited<ReturnType<typeof startStack>>;
