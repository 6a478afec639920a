import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { errorBodySchema } from '../../shared/schemas/error.ts';
import { createApp } from '../src/app.ts';
import { openDatabase, type Db } from '../src/db/openDatabase.ts';
import { createSite } from '../src/db/queries/sites/createSite.ts';
import { findSiteByKey } from '../src/db/queries/sites/findSiteByKey.ts';
import { statement } from '../src/db/statement.ts';
import { write } from '../src/db/write.ts';
import { addTestApiToken, addTestUser, PASSWORD } from './accounts.ts';
import { rating, SHOP_ORIGIN, TOKEN } from './testApp.ts';
import { TEST_NOW } from '../../tests/clock/testInstants.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A database file with one site, closed again; returns its path and site key. */
function databaseFile() {
  const dir = mkdtempSync(join(tmpdir(), 'touchpoint-storage-'));
  dirs.push(dir);
  const file = join(dir, 'touchpoint.db');
  const db = openDatabase(file);
  const { key } = createSite(db, { name: 'Shop', origins: [SHOP_ORIGIN] }, TEST_NOW);
  db.close();
  return { file, siteKey: key };
}

function appOn(db: Db) {
  const app = createApp({ db, config: { adminToken: TOKEN, widgetDir: '/x', dashboardDir: '/x', secureCookies: false, now: () => TEST_NOW } });
  const collect = (body: unknown) =>
    app.request('/v1/responses', {
      method: 'POST',
      body: JSON.stringify(body),
      headers: { 'content-type': 'text/plain', origin: SHOP_ORIGIN },
    });
  return { app, collect };
}

async function expectUnavailable(res: Response) {
  expect(res.status).toBe(503);
  expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
  expect(errorBodySchema.parse(await res.json()).error.code).toBe('unavailable');
}

describe('storage errors', () => {
  it('answers 503 with Retry-After, never a 2xx, when the database is read-only', async () => {
    const { file, siteKey } = databaseFile();
    const readonly = new Database(file, { readonly: true });
    const { app, collect } = appOn(readonly);
    await expectUnavailable(await collect(rating(siteKey)));
    await expectUnavailable(
      await app.request(`/api/sites/${siteKey}/import`, {
        method: 'POST',
        headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
        body: JSON.stringify({ responses: [{ type: 'page_rating', id: 'imp_ro_0001', rating: 3, path: '/', createdAt: new Date(TEST_NOW - 86_400_000).toISOString() }] }),
      }),
    );
    // Reading still works.
    expect((await app.request(`/api/sites/${siteKey}/summary`, { headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(200);
    readonly.close();
    const check = new Database(file, { readonly: true });
    expect(check.prepare('SELECT count(*) FROM responses').pluck().get()).toBe(0);
    check.close();
  });

  it('while another connection holds the write lock, answers writes 503 at once and keeps serving reads', async () => {
    const { file, siteKey } = databaseFile();
    const db = openDatabase(file);
    // A viewer reads only the sites given to them (server/src/auth/siteAccess.ts).
    const user = await addTestUser(db, 'reader@team.example', 'viewer', PASSWORD, [findSiteByKey(db, siteKey)!.id]);
    const reader = { authorization: `Bearer ${addTestApiToken(db, user.id)}` };
    const { app, collect } = appOn(db);
    const other = new Database(file);
    other.exec('BEGIN EXCLUSIVE');
    other.prepare("UPDATE sites SET name = 'held' WHERE key = ?").run(siteKey);
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    // Ten shoppers send at once, and someone reads meanwhile with an API token
    // (whose "last used" it cannot store now). Each write used to hold the one
    // event loop for the 5 s busy timeout, the read behind all of them.
    const started = performance.now();
    const [read, ...writes] = await Promise.all([
      app.request(`/api/sites/${siteKey}/summary`, { headers: reader }),
      ...Array.from({ length: 10 }, () => collect(rating(siteKey))),
    ]);
    const elapsed = performance.now() - started;
    logged.mockRestore();
    expect(read!.status).toBe(200);
    for (const res of writes) await expectUnavailable(res);
    expect(elapsed).toBeLessThan(2000);

    other.exec('ROLLBACK');
    expect((await collect(rating(siteKey))).status).toBe(202);
    other.close();
    db.close();
  });

  it('answers 503 when the disk is full, and every 202 before it was stored', async () => {
    const { file, siteKey } = databaseFile();
    const db = openDatabase(file);
    db.pragma(`max_page_count = ${(db.pragma('page_count', { simple: true }) as number) + 3}`);
    const { collect } = appOn(db);
    const accepted: string[] = [];
    let status = 202;
    for (let i = 0; i < 200 && status === 202; i++) {
      const body = rating(siteKey, { comment: `${i} ${'x'.repeat(1900)}` });
      const res = await collect(body);
      status = res.status;
      if (status === 202) accepted.push(body.id);
      else await expectUnavailable(res);
    }
    expect(status).toBe(503);
    expect(db.prepare('SELECT id FROM responses').pluck().all().sort()).toEqual(accepted.sort());
    db.close();
  });

  it('answers 503 while the database is closed for a restart', async () => {
    const { file, siteKey } = databaseFile();
    const db = openDatabase(file);
    const { collect } = appOn(db);
    db.close();
    await expectUnavailable(await collect(rating(siteKey)));
  });

  it('refuses a write outside write(), where a failed commit could pass for stored', () => {
    const { file } = databaseFile();
    const db = openDatabase(file);
    expect(() => statement(db, 'DELETE FROM sessions')).toThrow(/write\(\)/);
    expect(write(db, () => statement(db, 'DELETE FROM sessions').run().changes)).toBe(0);
    expect(statement(db, 'SELECT count(*) FROM sessions').pluck().get()).toBe(0);
    db.close();
  });
});
