import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { settingsFromEnv } from '../../server/src/config.ts';
import { createSite } from '../../server/src/db/queries/createSite.ts';
import { startCollector, type RunningCollector } from '../../server/src/startCollector.ts';
import { startDemoServer } from '../../demo/serveDemo.ts';

export const ADMIN_TOKEN = 'e2e-admin-token';

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolvePort(port));
    });
  });
}

/**
 * The real thing, on loopback: the collector (serving the built widget and
 * dashboard) on one origin, the demo shop embedding the snippet on another.
 */
export async function startStack() {
  const dataDir = mkdtempSync(join(tmpdir(), 'touchpoint-e2e-'));
  const settings = {
    ...settingsFromEnv({}),
    host: '127.0.0.1',
    port: 0,
    dataDir,
    adminTokenFromEnv: ADMIN_TOKEN,
  };
  let collector: RunningCollector = await startCollector(settings);
  const collectorPort = Number(new URL(collector.url).port);
  const demoPort = await freePort();
  const demoOrigin = `http://127.0.0.1:${demoPort}`;
  const site = createSite(collector.db, { name: 'Demo shop', origins: [demoOrigin] });
  const demo = await startDemoServer({ port: demoPort, host: '127.0.0.1', collectorUrl: collector.url, siteKey: site.key });

  return {
    site,
    demoUrl: demo.url,
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
export const repoRoot = resolve(import.meta.dirname, '../..');
