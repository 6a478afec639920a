import type Database from 'better-sqlite3';
import { createApp, type AppConfig } from '../src/app.ts';
import { openDatabase } from '../src/db/openDatabase.ts';
import { createSite } from '../src/db/queries/sites/createSite.ts';
import { TEST_NOW } from '../../tests/clock/testInstants.ts';
import { testPostgresDb } from './postgres/testPostgresDb.ts';

export const TOKEN = 'test-admin-token';
/**
 * A clock after every fixed-date fixture (November 2026), for the tests that
 * import them: the import refuses rows dated more than a day ahead of the
 * collector's clock, and the suite's own clock may start before them.
 */
export const AFTER_FIXTURES = Date.parse('2026-12-01T00:00:00Z');
export const SHOP_ORIGIN = 'https://shop.example';

/** Whether this run's testDb() is PostgreSQL (vitest's `postgres` project), for the few tests that size or skip by engine. */
export const onPostgres = process.env.TOUCHPOINT_TEST_ENGINE === 'postgres';

/**
 * The engine under test: an in-memory SQLite, or (in vitest's `postgres` project,
 * for the files in postgres/conformanceFiles.ts) a fresh PostgreSQL database.
 */
export function testDb(): Database.Database {
  // Typed as SQLite's so the tests keep their full API; a test that reaches for a
  // SQLite-only method (backup, function) fails on PostgreSQL and stays off its list.
  if (onPostgres) return testPostgresDb() as unknown as Database.Database;
  return openDatabase(':memory:');
}

/** A collector on a fresh database (testDb) with one site, for `app.request()` tests; `config` overrides. */
export function testApp(config: Partial<AppConfig> = {}) {
  const db = testDb();
  const app = createApp({
    db,
    // The suite's clock, looked up at each call so vi.setSystemTime reaches it too;
    // tests/clock/pinClock.ts starts it at a fixed instant.
    config: { adminToken: TOKEN, widgetDir: '/nonexistent', dashboardDir: '/nonexistent', secureCookies: false, now: () => Date.now(), ...config },
  });
  const site = createSite(db, { name: 'Shop', origins: [SHOP_ORIGIN] }, TEST_NOW);
  const admin = (path: string, init: RequestInit = {}) =>
    app.request(path, {
      ...init,
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json', ...(init.headers as object) },
    });
  const collect = (body: unknown, headers: Record<string, string> = {}) =>
    app.request('/v1/responses', {
      method: 'POST',
      body: typeof body === 'string' ? body : JSON.stringify(body),
      headers: { 'content-type': 'text/plain', origin: SHOP_ORIGIN, ...headers },
    });
  const count = () => (db.prepare('SELECT count(*) FROM responses').pluck().get() as number);
  return { app, db, site, admin, collect, count };
}

export function rating(siteKey: string, overrides: Record<string, unknown> = {}) {
  return {
    type: 'page_rating',
    id: 'resp_' + Math.random().toString(36).slice(2, 12),
    site: siteKey,
    rating: 4,
    path: '/product/trail-jacket',
    ...overrides,
  };
}
