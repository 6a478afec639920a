import Database from 'better-sqlite3';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createApp } from '../../src/app.ts';
import { migrateToPostgresCommand } from '../../src/cli/migrateToPostgresCommand.ts';
import { CliError } from '../../src/cli/cliIo.ts';
import type { CopyHooks } from '../../src/db/copyToPostgres/copyTable.ts';
import { createSite } from '../../src/db/queries/sites/createSite.ts';
import { openDatabase } from '../../src/db/openDatabase.ts';
import { PostgresDb } from '../../src/db/postgres/PostgresDb.ts';
import { openPostgres } from '../../src/db/postgres/openPostgres.ts';
import { TEST_NOW } from '../../../tests/clock/testInstants.ts';
import { cliRun } from '../cliRun.ts';
import { seedMigrationSource, SOURCE_TOKEN } from './migrationSource.ts';

// Runs in the postgres project only (it needs the throwaway cluster); the sqlite project skips it.
const onPostgres = process.env.TOUCHPOINT_TEST_ENGINE === 'postgres';

describe.runIf(onPostgres)('migrate-to-postgres', () => {
  let source: { file: string; siteKey: string };
  let admin: PostgresDb;
  let made = 0;
  const opened: PostgresDb[] = [];

  beforeAll(async () => {
    source = await seedMigrationSource(TEST_NOW);
    admin = new PostgresDb(inject('postgresUrl'));
  }, 180_000);

  afterAll(() => {
    for (const db of opened) db.close();
    admin?.close();
  });

  /** A new, empty database: what a user creates before the move. */
  function emptyTarget(): string {
    const name = `migrate_${process.pid}_${++made}`;
    admin.exec(`CREATE DATABASE ${name}`);
    return inject('postgresUrl').replace(/\/postgres$/, `/${name}`);
  }

  function connect(url: string): PostgresDb {
    const db = new PostgresDb(url);
    opened.push(db);
    return db;
  }

  /** The command with test hooks, as runCli runs it: exit code and lines. */
  async function migrate(to: string, extra: string[] = [], hooks?: CopyHooks) {
    const out: string[] = [];
    const err: string[] = [];
    const io = { out: (l: string) => out.push(l), err: (l: string) => err.push(l), stdout: process.stdout, readStdin: async () => '', now: () => TEST_NOW, dataDir: '/nonexistent' };
    try {
      await migrateToPostgresCommand(io, hooks).exitOverride().parseAsync(['--from', source.file, '--to', to, ...extra], { from: 'user' });
      return { code: 0, out, err };
    } catch (error) {
      if (!(error instanceof CliError)) throw error;
      err.push(error.message);
      return { code: error.exitCode, out, err };
    }
  }

  function sourceTables(): string[] {
    const db = new Database(source.file, { readonly: true });
    try {
      return db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'schema_migrations'").pluck().all() as string[];
    } finally {
      db.close();
    }
  }

  /** Row counts and every row of each table, in one order, read independently of the copy's own checks. */
  function rowsOf(db: { prepare(sql: string): { all(): unknown[]; pluck(): { all(): unknown[] } } }, table: string, columns: string[]): string {
    const order = columns.map((c) => `"${c}"`).join(', ');
    return JSON.stringify(db.prepare(`SELECT ${order} FROM "${table}" ORDER BY ${order}`).all());
  }

  it('copies every table with the same rows, and the dashboard answers the same from PostgreSQL', async () => {
    const to = emptyTarget();
    const run = await cliRun('/nonexistent', ['migrate-to-postgres', '--from', source.file, '--to', to, '--batch', '700']);
    expect(run.err).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.out.join('\n')).toMatch(/journey_events: [\d,]+ rows, done \([\d,]+ rows\/s\)/);
    expect(run.out.join('\n')).toMatch(/Copied and verified [\d,]+ rows in \d+ tables\.\nNext: set TOUCHPOINT_DATABASE_URL/);

    const target = connect(to);
    const sqlite = new Database(source.file, { readonly: true });
    try {
      const tables = sourceTables();
      expect(tables).toEqual(expect.arrayContaining(['responses', 'journey_events', 'survey_answers', 'cases', 'case_events', 'users', 'webhook_endpoints', 'rating_days']));
      for (const table of tables) {
        // SQLite's column names; text compared as text (the ids, emails), numbers as numbers.
        const columns = (sqlite.prepare(`SELECT name FROM pragma_table_info('${table}')`).pluck().all() as string[]);
        const count = sqlite.prepare(`SELECT count(*) FROM "${table}"`).pluck().get();
        expect(target.prepare(`SELECT count(*) FROM "${table}"`).pluck().get(), table).toBe(count);
        if (['responses', 'journey_events', 'cases', 'users', 'link_keys', 'rating_days', 'survey_answers'].includes(table)) {
          expect(JSON.parse(rowsOf(target, table, columns)).length, table).toBe(count);
        }
      }
      expect(Number(sqlite.prepare('SELECT count(*) FROM journey_events').pluck().get())).toBeGreaterThan(2000);
      expect(sqlite.prepare('SELECT count(*) FROM cases').pluck().get()).toBeGreaterThan(0);
      // The signing keys are the source's: links mailed before the move still verify.
      expect(target.prepare('SELECT encode(secret, \'hex\') FROM link_keys').pluck().get()).toBe((sqlite.prepare('SELECT hex(secret) FROM link_keys').pluck().get() as string).toLowerCase());
      expect(target.prepare("SELECT to_regclass('touchpoint_copy_progress') IS NULL").pluck().get()).toBe(1);
    } finally {
      sqlite.close();
    }

    const config = { adminToken: SOURCE_TOKEN, widgetDir: '/nonexistent', dashboardDir: '/nonexistent', secureCookies: false, now: () => TEST_NOW };
    const sqliteDb = openDatabase(source.file);
    const postgresDb = openPostgres(to, TEST_NOW);
    opened.push(postgresDb);
    try {
      const before = createApp({ db: sqliteDb, config });
      const after = createApp({ db: postgresDb, config });
      const get = async (app: typeof before, path: string) => {
        const res = await app.request(path, { headers: { authorization: `Bearer ${SOURCE_TOKEN}` } });
        expect(res.status, path).toBe(200);
        return res.json();
      };
      const site = `/api/sites/${source.siteKey}`;
      for (const view of ['/summary', '/fix-first', '/journey-map', '/journeys/checkout/funnel', '/cases', '/webhooks']) {
        expect(await get(after, site + view), view).toEqual(await get(before, site + view));
      }
      expect(await get(after, '/api/users')).toEqual(await get(before, '/api/users'));
      // Identity sequences moved past the copied ids: a new site takes the next one.
      const maxId = postgresDb.prepare('SELECT max(id) FROM sites').pluck().get() as number;
      expect(createSite(postgresDb as never, { name: 'After the move', origins: ['https://new.example'] }, TEST_NOW).id).toBe(maxId + 1);
    } finally {
      sqliteDb.close();
    }
  }, 180_000);

  it('goes on after an interrupted run from where it stopped, with no row twice', async () => {
    const to = emptyTarget();
    const crash: CopyHooks = {
      afterBatch: (table, batch) => {
        if (table === 'journey_events' && batch === 3) throw new Error('killed');
      },
    };
    await expect(migrate(to, ['--batch', '500'], crash)).rejects.toThrow('killed');
    const target = connect(to);
    const progress = target.prepare("SELECT rows, done FROM touchpoint_copy_progress WHERE table_name = 'journey_events'").get() as { rows: number; done: number };
    expect(progress).toEqual({ rows: 1500, done: 0 });
    expect(target.prepare('SELECT count(*) FROM journey_events').pluck().get()).toBe(1500);

    const batches = new Map<string, number>();
    const resumed = await migrate(to, ['--batch', '500'], { afterBatch: (table) => void batches.set(table, (batches.get(table) ?? 0) + 1) });
    expect(resumed.err).toEqual([]);
    expect(resumed.code).toBe(0);
    expect(resumed.out).toContain('Resuming an earlier copy: ' + sourceTables().length + ' tables.');
    const sqlite = new Database(source.file, { readonly: true });
    try {
      const total = sqlite.prepare('SELECT count(*) FROM journey_events').pluck().get() as number;
      // Went on from row 1 500: the tables done before were not copied again, and this one only from there.
      expect(batches.has('cases')).toBe(false);
      expect(batches.get('journey_events')).toBe(Math.floor((total - 1500) / 500) + 1);
      expect(target.prepare('SELECT count(*) FROM journey_events').pluck().get()).toBe(total);
      expect(target.prepare('SELECT count(DISTINCT id) FROM journey_events').pluck().get()).toBe(total);
      const ids = (sqlite.prepare('SELECT id FROM journey_events ORDER BY id').pluck().all() as string[]).join();
      expect((target.prepare('SELECT id FROM journey_events ORDER BY id COLLATE "C"').pluck().all() as string[]).join()).toBe(ids);
    } finally {
      sqlite.close();
    }
    expect(target.prepare("SELECT to_regclass('touchpoint_copy_progress') IS NULL").pluck().get()).toBe(1);
  }, 180_000);

  it('refuses a target that already holds a collector\'s rows, and writes nothing', async () => {
    const to = emptyTarget();
    const used = openPostgres(to, TEST_NOW);
    opened.push(used);
    createSite(used as never, { name: 'Someone else', origins: ['https://else.example'] }, TEST_NOW);
    const run = await migrate(to);
    expect(run.code).toBe(1);
    expect(run.err.join('\n')).toMatch(/already holds rows that are not from an earlier run of this copy \(in [^)]*\bsites\b[^)]*\)\. Nothing was written/);
    expect(used.prepare('SELECT count(*) FROM sites').pluck().get()).toBe(1);
    expect(used.prepare('SELECT count(*) FROM responses').pluck().get()).toBe(0);
    expect(used.prepare("SELECT to_regclass('touchpoint_copy_progress') IS NULL").pluck().get()).toBe(1);
  }, 120_000);

  it('refuses a target whose schema has a version the source has not, and writes nothing', async () => {
    const to = emptyTarget();
    const newer = connect(to);
    newer.exec('CREATE TABLE schema_migrations (version BIGINT PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)');
    newer.exec(`INSERT INTO schema_migrations VALUES (999, 'from a newer Touchpoint', ${TEST_NOW})`);
    const run = await migrate(to);
    expect(run.code).toBe(1);
    expect(run.err.join('\n')).toMatch(/^The target's schema is at version 999, the source's at \d+: they must be the same\./);
    expect(newer.prepare("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").pluck().get()).toBe(1);
  }, 120_000);

  it('stops at a value PostgreSQL cannot hold, naming its table, row and column', async () => {
    // SQLite's affinity keeps text in an INTEGER column; PostgreSQL's BIGINT would refuse the whole batch.
    const file = join(mkdtempSync(join(tmpdir(), 'touchpoint-migrate-odd-')), 'touchpoint.db');
    copyFileSync(source.file, file);
    const odd = new Database(file);
    // sites is one of the few tables that are not STRICT.
    const rowid = odd.prepare("UPDATE sites SET created_at = 'yesterday' WHERE rowid = (SELECT max(rowid) FROM sites) RETURNING rowid").pluck().get();
    odd.close();
    const to = emptyTarget();
    const run = await migrate(to, ['--from', file]);
    expect(run.code).toBe(1);
    expect(run.err.join('\n')).toBe(`sites, row rowid = ${rowid}, column created_at: text "yesterday" is not an integer`);
  }, 120_000);

  it('copies the file as it was when it started, and warns that a write during the copy is not in PostgreSQL', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'touchpoint-migrate-live-')), 'touchpoint.db');
    copyFileSync(source.file, file);
    const to = emptyTarget();
    const run = await migrate(to, ['--from', file], {
      afterBatch: (table, batch) => {
        if (table !== 'cases' || batch !== 1) return;
        // The collector, still running, renames the site after the snapshot.
        const collector = new Database(file);
        collector.prepare("UPDATE sites SET name = 'Renamed during the copy'").run();
        collector.close();
      },
    });
    expect(run.code).toBe(0);
    expect(run.out[1]).toMatch(/reads the file as it is now: rows the collector stores from now on are not copied/);
    expect(run.err).toEqual([expect.stringMatching(/^Warning: the SQLite file was written to during the copy .*not in PostgreSQL/)]);
    expect(connect(to).prepare('SELECT name FROM sites').pluck().all()).not.toContain('Renamed during the copy');
  }, 120_000);

  it('reports a row that differs in PostgreSQL, names its table and exits non-zero', async () => {
    const to = emptyTarget();
    const target = connect(to);
    const run = await migrate(to, [], {
      beforeVerify: () => {
        target.prepare("UPDATE responses SET comment = 'changed after the copy' WHERE id = (SELECT min(id) FROM responses)").run();
      },
    });
    expect(run.code).toBe(1);
    expect(run.out.find((line) => line.startsWith('responses '))).toMatch(/MISMATCH$/);
    expect(run.out.filter((line) => line.endsWith('MISMATCH'))).toHaveLength(1);
    expect(run.err.join('\n')).toMatch(/does not match the source:\n {2}responses: source \d+ rows, [0-9a-f]{32}; PostgreSQL \d+ rows, [0-9a-f]{32}/);
  }, 120_000);
});
