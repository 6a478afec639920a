import { expect, it } from 'vitest';
import { testDb } from '../testApp.ts';
import { createSite } from '../../src/db/queries/sites/createSite.ts';
import { siteTimeZone } from '../../src/db/queries/sites/siteTimeZone.ts';
import { TEST_NOW } from '../../../tests/clock/testInstants.ts';

it('a new site counts in UTC until its owner picks a zone', () => {
  const db = testDb();
  const site = createSite(db, { name: 'Shop', origins: ['https://shop.example'] }, TEST_NOW);
  expect(siteTimeZone(db, site.id)).toBe('UTC');
  db.prepare("UPDATE sites SET time_zone = 'Asia/Shanghai' WHERE id = ?").run(site.id);
  expect(siteTimeZone(db, site.id)).toBe('Asia/Shanghai');
});
