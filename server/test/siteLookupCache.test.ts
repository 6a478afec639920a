import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/openDatabase.ts';
import { createSite } from '../src/db/queries/sites/createSite.ts';
import { findSiteByKeyCached } from '../src/db/queries/sites/findSiteByKeyCached.ts';
import { updateSiteSettings } from '../src/db/queries/sites/updateSiteSettings.ts';
import { TEST_NOW } from '../../tests/clock/testInstants.ts';
import { rating, testApp, SHOP_ORIGIN } from './testApp.ts';
import { tempDirs } from './tempDirs.ts';

const tempDir = tempDirs('touchpoint-site-cache-');

describe('the ingest path’s site lookup (findSiteByKeyCached)', () => {
  it('reads a site once while nothing is written, not once a request', () => {
    const db = openDatabase(':memory:');
    const site = createSite(db, { name: 'Shop', origins: [SHOP_ORIGIN] }, TEST_NOW);
    const first = findSiteByKeyCached(db, site.key);
    expect(first).toMatchObject({ id: site.id, origins: [SHOP_ORIGIN] });
    expect(findSiteByKeyCached(db, site.key)).toBe(first);
  });

  it('sees a change made on its own connection at the next lookup', () => {
    const db = openDatabase(':memory:');
    const site = createSite(db, { name: 'Shop', origins: [SHOP_ORIGIN] }, TEST_NOW);
    findSiteByKeyCached(db, site.key);
    updateSiteSettings(db, site.id, { retentionDays: 30 });
    expect(findSiteByKeyCached(db, site.key)?.retentionDays).toBe(30);
    // Even a write that skips write(): whatever changes a row drops the cache.
    db.prepare('UPDATE sites SET origins = ? WHERE id = ?').run(JSON.stringify(['https://other.example']), site.id);
    expect(findSiteByKeyCached(db, site.key)?.origins).toEqual(['https://other.example']);
  });

  it('sees a change committed by another connection (the CLI, another process)', () => {
    const file = join(tempDir(), 'touchpoint.db');
    const db = openDatabase(file);
    const site = createSite(db, { name: 'Shop', origins: [SHOP_ORIGIN] }, TEST_NOW);
    expect(findSiteByKeyCached(db, site.key)?.origins).toEqual([SHOP_ORIGIN]);
    const other = openDatabase(file);
    other.prepare('UPDATE sites SET origins = ? WHERE id = ?').run(JSON.stringify(['https://other.example']), site.id);
    other.close();
    expect(findSiteByKeyCached(db, site.key)?.origins).toEqual(['https://other.example']);
    db.close();
  });

  it('keeps its sites while another connection commits other rows (the ingest writer thread, every few ms)', () => {
    const file = join(tempDir(), 'touchpoint.db');
    const db = openDatabase(file);
    const site = createSite(db, { name: 'Shop', origins: [SHOP_ORIGIN] }, TEST_NOW);
    const first = findSiteByKeyCached(db, site.key);
    const writer = openDatabase(file);
    writer.prepare("INSERT INTO zone_rules_synced (id, version) VALUES (1, 'a') ON CONFLICT (id) DO UPDATE SET version = version || 'a'").run();
    writer.close();
    expect(findSiteByKeyCached(db, site.key)).toBe(first);
    db.close();
  });

  it('refuses an origin at once after it is taken off the site, though the site was cached', async () => {
    const { db, site, collect } = testApp();
    expect((await collect(rating(site.key))).status).toBe(202);
    db.prepare('UPDATE sites SET origins = ? WHERE id = ?').run(JSON.stringify(['https://other.example']), site.id);
    expect((await collect(rating(site.key))).status).toBe(403);
  });
});
