import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import type { Db } from '../../src/db/Db.ts';
import { openReader, openStorage, openWriter } from '../../src/db/openStorage.ts';
import { PostgresDb } from '../../src/db/postgres/PostgresDb.ts';
import type { Storage } from '../../src/db/storage.ts';
import { TEST_NOW } from '../../../tests/clock/testInstants.ts';
import { cliRun, tempDataDir } from '../cliRun.ts';
import { TEMPLATE_DATABASE } from './templateDatabase.ts';

// The connections the collector and the CLI open on PostgreSQL (db/openStorage.ts),
// on copies of the migrated template. The throwaway cluster runs with
// synchronous_commit = off, as a server tuned for speed might.

const admin = new PostgresDb(inject('postgresUrl'));
const opened: Db[] = [];
let made = 0;
afterAll(() => {
  for (const db of opened) db.close();
  admin.close();
});

function freshStorage(): Storage & { engine: 'postgres' } {
  const name = `storage_${process.pid}_${++made}`;
  admin.exec(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DATABASE} STRATEGY FILE_COPY`);
  const url = inject('postgresUrl').replace(/\/postgres$/, `/${name}`);
  return { engine: 'postgres', url, readUrl: url };
}

const keep = (db: Db) => (opened.push(db), db);
const setting = (db: Db, name: string) => db.prepare(`SELECT current_setting('${name}')`).pluck().get();

describe('connections to PostgreSQL', () => {
  it('commit durably on the main and writer connections, whatever the server is set to', () => {
    expect(setting(admin, 'synchronous_commit')).toBe('off'); // the cluster's own setting
    const storage = freshStorage();
    expect(setting(keep(openStorage(storage, TEST_NOW)), 'synchronous_commit')).toBe('on');
    expect(setting(keep(openWriter(storage, 2_000)), 'synchronous_commit')).toBe('on');
  });

  it('cannot write from a view worker’s connection, which reads from the read address', () => {
    const storage = freshStorage();
    const reader = keep(openReader({ ...storage, readUrl: `${storage.url}?application_name=tp_reader` }));
    expect(setting(reader, 'application_name')).toBe('tp_reader');
    expect(reader.prepare('SELECT count(*) FROM sites').pluck().get()).toBe(0);
    expect(() => reader.prepare("INSERT INTO sites_version (n) VALUES (1)").run()).toThrow(expect.objectContaining({ code: 'SQLITE_READONLY' }));
  });
});

describe('the command line on a PostgreSQL collector', () => {
  it('works on its database and leaves no SQLite file behind', async () => {
    const { url, readUrl } = freshStorage();
    const dataDir = tempDataDir();
    const added = await cliRun(dataDir, ['site', 'add', 'Trail Shop', '--origin', 'https://shop.example'], { postgres: { url, readUrl } });
    expect(added.code).toBe(0);
    const db = keep(new PostgresDb(url));
    expect(db.prepare('SELECT name FROM sites').pluck().all()).toEqual(['Trail Shop']);
    expect(existsSync(join(dataDir, 'touchpoint.db'))).toBe(false);
  });

  it('refuses backup and restore, naming pg_dump and pg_restore', async () => {
    const { url, readUrl } = freshStorage();
    const dataDir = tempDataDir();
    for (const command of [['backup', join(dataDir, 'copy.db')], ['restore', join(dataDir, 'copy.db')]]) {
      const run = await cliRun(dataDir, command, { postgres: { url, readUrl } });
      expect(run.code).toBe(1);
      expect(run.err.join('\n')).toMatch(/PostgreSQL \(TOUCHPOINT_DATABASE_URL\): back it up with pg_dump .* restore with pg_restore/);
    }
  });
});
