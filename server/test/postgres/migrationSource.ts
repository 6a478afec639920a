import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../src/app.ts';
import { openDatabase } from '../../src/db/openDatabase.ts';
import { startCollector } from '../../src/startCollector.ts';
import { ensureDemoSite } from '../../../demo/ensureDemoSite.ts';
import { seedDemoSite } from '../../../demo/seedDemo.ts';

const HOUR = 3_600_000;
export const SOURCE_TOKEN = 'migration-source-token';

/**
 * A SQLite database with a site's history as the collector stores it: the
 * demo seed through a running collector's API (ratings with comments, the
 * checkout journey with abandonment, survey answers, cases with their
 * history, a campaign), then users and a webhook through the admin API.
 * The file stays when the collector stops: it is what the copy reads.
 */
export async function seedMigrationSource(now: number): Promise<{ file: string; siteKey: string }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'touchpoint-migrate-'));
  const collector = await startCollector({
    port: 0,
    host: '127.0.0.1',
    dataDir,
    adminTokenFromEnv: SOURCE_TOKEN,
    widgetDir: '/nonexistent',
    dashboardDir: '/nonexistent',
    now: () => now,
  });
  let siteKey: string;
  try {
    const api = { collectorUrl: collector.url, adminToken: collector.adminToken };
    siteKey = (await ensureDemoSite({ ...api, demoPort: 5999 })).key;
    await seedDemoSite({ ...api, siteKey, dataDir, generate: { now: Math.floor(now / HOUR) * HOUR, days: 20 } });
  } finally {
    await collector.close();
  }
  const file = join(dataDir, 'touchpoint.db');
  const db = openDatabase(file);
  try {
    const app = createApp({
      db,
      config: { adminToken: SOURCE_TOKEN, widgetDir: '/nonexistent', dashboardDir: '/nonexistent', secureCookies: false, allowPrivateWebhooks: true, now: () => now },
    });
    const post = (path: string, body: unknown) =>
      app.request(path, { method: 'POST', body: JSON.stringify(body), headers: { authorization: `Bearer ${SOURCE_TOKEN}`, 'content-type': 'application/json' } });
    for (const [email, role] of [['ana@shop.example', 'admin'], ['Bo@Shop.example', 'viewer']] as const) {
      const res = await post('/api/users', { email, role, password: 'correct horse battery staple' });
      if (res.status !== 201) throw new Error(`user: ${res.status} ${await res.text()}`);
    }
    const hook = await post(`/api/sites/${siteKey}/webhooks`, { url: 'http://127.0.0.1:9/hook', events: ['feedback.created'] });
    if (hook.status !== 201) throw new Error(`webhook: ${hook.status} ${await hook.text()}`);
  } finally {
    db.close();
  }
  return { file, siteKey };
}
