import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCollector } from '../server/src/startCollector.ts';
import type { AdminApi } from './collectorApi.ts';

/**
 * A real collector on loopback with a throwaway data directory, for the tests
 * that seed the demo through the admin API as `npm start` does. `now` is the
 * collector's clock (default: the suite's).
 */
export async function startSeedTestCollector(now?: () => number): Promise<{ api: AdminApi; dataDir: string; close(): Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'touchpoint-seed-'));
  const collector = await startCollector({
    port: 0,
    host: '127.0.0.1',
    dataDir,
    adminTokenFromEnv: 'seed-test-token',
    widgetDir: '/nonexistent',
    dashboardDir: '/nonexistent',
    now,
  });
  return {
    api: { collectorUrl: collector.url, adminToken: collector.adminToken },
    dataDir,
    async close() {
      await collector.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
