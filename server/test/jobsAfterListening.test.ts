import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { settingsFromEnv } from '../src/config.ts';
import { openDatabase } from '../src/db/openDatabase.ts';
import { insertResponse } from '../src/db/queries/responses/insertResponse.ts';
import { createSite } from '../src/db/queries/sites/createSite.ts';
import { startCollector, type RunningCollector } from '../src/startCollector.ts';
import { TEST_NOW } from '../../tests/clock/testInstants.ts';
import { tempDirs } from './tempDirs.ts';
import { rating, SHOP_ORIGIN } from './testApp.ts';

const DAY = 86_400_000;
const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const tempDir = tempDirs('touchpoint-jobs-after-listening-');

// Issue 15: under a second to the first 202. The periodic jobs (here retention)
// start a moment after the collector listens, not before it serves.
describe('the periodic jobs of a starting collector', () => {
  let collector: RunningCollector | undefined;
  afterEach(async () => {
    await collector?.close();
    collector = undefined;
  });

  it('have not run when it starts listening, and run a moment later', { timeout: 30_000 }, async () => {
    const dataDir = tempDir();
    const before = openDatabase(join(dataDir, 'touchpoint.db'));
    const site = createSite(before, { name: 'Shop', origins: [SHOP_ORIGIN] }, TEST_NOW - 2000 * DAY);
    const longAgo = TEST_NOW - 1000 * DAY; // past the default retention of 395 days
    insertResponse(before, { id: 'resp_expired', siteId: site.id, type: 'page_rating', rating: 2, path: '/', channel: 'web', createdAt: longAgo, receivedAt: longAgo });
    before.close();

    collector = await startCollector({ ...settingsFromEnv({}), host: '127.0.0.1', port: 0, dataDir, adminTokenFromEnv: 'jobs', now: () => TEST_NOW });
    const expired = () => collector!.db.prepare(`SELECT count(*) FROM responses WHERE id = 'resp_expired'`).pluck().get();
    expect(expired()).toBe(1);

    const posted = await fetch(`${collector.url}/v1/responses`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', origin: SHOP_ORIGIN, 'user-agent': BROWSER },
      body: JSON.stringify(rating(site.key, { id: 'resp_fresh' })),
    });
    expect(posted.status).toBe(202);
    await expect.poll(expired, { timeout: 15_000 }).toBe(0);
    expect(collector.db.prepare(`SELECT count(*) FROM responses WHERE id = 'resp_fresh'`).pluck().get()).toBe(1);
  });
});
