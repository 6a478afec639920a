import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { summarySchema } from '../../../shared/schemas/summary.ts';
import { finished, spawnTs, startCollectorChild } from '../childProcess.ts';
import { burstUntilKilled } from '../collectorClient.ts';
import { tempDirs } from '../tempDirs.ts';
import { rating } from '../testApp.ts';
import { collectorChildren, createSite, emptyDatabase, postResponse as post, storedIds } from './collectorRequests.ts';

// The collector as a user runs it with TOUCHPOINT_DATABASE_URL (`node --import tsx
// server/src/main.ts`, a child process), on a fresh, empty database of the
// project's throwaway cluster: it migrates it, ingests on its writer thread and
// reads views on its view threads, each through its own PostgreSQL connection.

const TOKEN = 'postgres-collector-token';
const tempDir = tempDirs('touchpoint-pg-collector-');

const { children, admin } = collectorChildren();

/** A new database with no schema: the collector must make it. */
const newDatabase = () => emptyDatabase(admin, 'collector');

async function start(dir: string, env: Record<string, string>) {
  const started = await startCollectorChild(dir, TOKEN, env);
  children.push(started.child);
  let stderr = '';
  started.child.stderr?.on('data', (d) => (stderr += d));
  return { ...started, stderr: () => stderr };
}

async function totals(url: string, siteKey: string) {
  const res = await fetch(`${url}/api/sites/${siteKey}/summary`, { headers: { authorization: `Bearer ${TOKEN}` } });
  expect(res.status).toBe(200);
  return summarySchema.parse(await res.json()).totals;
}

describe('the collector on PostgreSQL', () => {
  it('acknowledges ratings, shows them in the summary, keeps them across a restart, and reads views from the read address', { timeout: 60_000 }, async () => {
    const dir = tempDir();
    const { url: database, name } = newDatabase();
    // The views' own address: the same database, told apart by its application_name.
    const readUrl = `${database.replace(/^postgres:/, 'postgresql:')}?application_name=touchpoint_views`;
    const env = { TOUCHPOINT_DATABASE_URL: database, TOUCHPOINT_DATABASE_READ_URL: readUrl };
    const first = await start(dir, env);
    const siteKey = await createSite(first.url, TOKEN);
    for (const [i, stars] of [1, 2, 3, 4, 5].entries()) {
      expect((await post(first.url, rating(siteKey, { id: `pg_rating_${i}`, rating: stars }))).status).toBe(202);
    }
    expect(await totals(first.url, siteKey)).toMatchObject({ responses: 5, avgRating: 3 });
    // Stored in PostgreSQL, not in a SQLite file beside the admin token.
    expect(storedIds(database)).toEqual(['pg_rating_0', 'pg_rating_1', 'pg_rating_2', 'pg_rating_3', 'pg_rating_4']);
    expect(existsSync(join(dir, 'touchpoint.db'))).toBe(false);
    const viewConnections = admin
      .prepare("SELECT count(*) FROM pg_stat_activity WHERE datname = ? AND application_name = 'touchpoint_views'")
      .pluck()
      .get(name);
    expect(viewConnections).toBeGreaterThan(0);
    // The jobs start a second after listening; none of them fails on this engine.
    await new Promise((r) => setTimeout(r, 2_000));
    expect(first.stderr()).toBe('');

    first.child.kill('SIGTERM');
    expect((await finished(first.child, 15_000)).code).toBe(0);

    const second = await start(dir, env);
    expect(await totals(second.url, siteKey)).toMatchObject({ responses: 5, avgRating: 3 });
    expect((await post(second.url, rating(siteKey, { id: 'pg_after_restart', rating: 5 }))).status).toBe(202);
    expect((await totals(second.url, siteKey)).responses).toBe(6);
  });

  it('loses no acknowledged rating and stores none twice when killed with SIGKILL in a burst', { timeout: 90_000 }, async () => {
    const dir = tempDir();
    const { url: database } = newDatabase();
    const env = { TOUCHPOINT_DATABASE_URL: database };
    const first = await start(dir, env);
    const siteKey = await createSite(first.url, TOKEN);

    const { acknowledged, inFlightAtKill } = await burstUntilKilled(first.child, first.url, {
      senders: 30,
      killAfter: 300,
      prefix: 'pg_crash_',
      rating: (id) => rating(siteKey, { id, rating: 2, comment: `Parcel tracking broken ${id}` }),
    });
    await finished(first.child, 5000);
    expect(first.child.signalCode).toBe('SIGKILL');
    expect(inFlightAtKill).toBeGreaterThan(10); // requests were waiting for a group's commit when it died

    const stored = new Set(storedIds(database));
    expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);

    // The widget sends again what it did not see acknowledged, and may resend what it did: each id is stored once.
    const second = await start(dir, env);
    for (const id of [...acknowledged.slice(0, 20), 'pg_crash_new']) {
      expect((await post(second.url, rating(siteKey, { id, rating: 2 }))).status).toBe(202);
    }
    const after = storedIds(database);
    expect(after.length).toBe(new Set(after).size);
    expect(after.length).toBe(stored.size + (stored.has('pg_crash_new') ? 0 : 1));
  });

  it('does not start when the database cannot be reached, naming its address without the password', { timeout: 30_000 }, async () => {
    const missing = inject('postgresUrl').replace('postgres@', 'postgres:s3cret-pw@').replace(/\/postgres$/, '/no_such_database');
    const refused = (url: string) =>
      finished(spawnTs('server/src/main.ts', [], { PORT: '0', HOST: '127.0.0.1', TOUCHPOINT_DATA_DIR: tempDir(), TOUCHPOINT_DATABASE_URL: url }));

    const run = await refused(missing);
    expect(run.code).toBe(1);
    const shown = missing.replace(':s3cret-pw', '');
    expect(run.stderr).toContain(`Touchpoint did not start: cannot connect to PostgreSQL at ${shown}: database "no_such_database" does not exist`);
    expect(run.stderr).not.toContain('s3cret-pw');

    const notPostgres = await refused('mysql://touchpoint:s3cret-pw@127.0.0.1/touchpoint');
    expect(notPostgres.code).toBe(1);
    expect(notPostgres.stderr).toContain('Touchpoint did not start: TOUCHPOINT_DATABASE_URL must be a PostgreSQL address');
    expect(notPostgres.stderr).not.toContain('s3cret-pw');
  });
});
