import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { backupDatabase } from '../src/backup/backupDatabase.ts';
import { integrityOf } from '../src/backup/checkDatabaseFile.ts';
import { openDatabase, type Db } from '../src/db/openDatabase.ts';
import { createSite } from '../src/db/queries/sites/createSite.ts';
import { insertResponse } from '../src/db/queries/responses/insertResponse.ts';
import { runTs } from './childProcess.ts';
import { TEST_NOW } from '../../tests/clock/testInstants.ts';

/** Each CLI run is a child process through tsx: seconds on a loaded 2-core machine, past vitest's 5 s default. */
const CLI_TEST_MS = 60_000;

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function dataDir() {
  const dir = mkdtempSync(join(tmpdir(), 'touchpoint-backup-'));
  dirs.push(dir);
  return dir;
}

let seq = 0;
function insert(db: Db, siteId: number): string {
  const id = `resp_${(seq++).toString().padStart(9, '0')}`;
  const now = TEST_NOW + seq;
  // Bulk in the title, not a comment: a comment is stored with its theme terms, which a backup test does not need.
  insertResponse(db, { id, siteId, type: 'page_rating', rating: 4, title: 'x'.repeat(200), path: '/', channel: 'web', createdAt: now, receivedAt: now });
  return id;
}

/** A collector's database with rows in it, and a writer that keeps adding rows until stopped. */
function liveDatabase(dir: string, rows: number) {
  const db = openDatabase(join(dir, 'touchpoint.db'));
  const site = createSite(db, { name: 'Shop', origins: ['https://shop.example'] }, TEST_NOW);
  const committed: string[] = [];
  db.transaction(() => {
    for (let i = 0; i < rows; i++) committed.push(insert(db, site.id));
  })();
  let writing = true;
  let duringBackup = 0;
  const writer = (async () => {
    while (writing) {
      insert(db, site.id);
      duringBackup++;
      await new Promise((r) => setImmediate(r));
    }
  })();
  return {
    db,
    committed,
    async stopWriting() {
      writing = false;
      await writer;
      return duringBackup;
    },
  };
}

const idsIn = (file: string) => {
  const db = new Database(file, { readonly: true });
  const ids = new Set(db.prepare('SELECT id FROM responses').pluck().all() as string[]);
  db.close();
  return ids;
};

describe('backup', () => {
  it('copies a consistent database while writes continue, with every row committed before it started', async () => {
    const dir = dataDir();
    const live = liveDatabase(dir, 20_000);
    const target = join(dir, 'backup.db');
    await backupDatabase(join(dir, 'touchpoint.db'), target);
    const writtenMeanwhile = await live.stopWriting();
    expect(writtenMeanwhile).toBeGreaterThan(0);
    expect(integrityOf(target)).toBe('ok');
    const ids = idsIn(target);
    expect(live.committed.every((id) => ids.has(id))).toBe(true);
    live.db.close();
  });

  it('works from the command line (npm run touchpoint -- backup FILE) while the collector writes', { timeout: CLI_TEST_MS }, async () => {
    const dir = dataDir();
    const live = liveDatabase(dir, 5_000);
    const target = join(dir, 'cli-backup.db');
    const run = await runTs('server/src/cli.ts', ['backup', target], { TOUCHPOINT_DATA_DIR: dir });
    await live.stopWriting();
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/integrity ok/);
    const ids = idsIn(target);
    expect(live.committed.every((id) => ids.has(id))).toBe(true);
    live.db.close();
  });

  it('refuses to overwrite an existing file', async () => {
    const dir = dataDir();
    openDatabase(join(dir, 'touchpoint.db')).close();
    writeFileSync(join(dir, 'exists.db'), 'x');
    await expect(backupDatabase(join(dir, 'touchpoint.db'), join(dir, 'exists.db'))).rejects.toThrow(/already exists/);
  });
});

describe('restore', () => {
  it('refuses while a collector holds the database, then puts the backup in place once it is stopped', { timeout: CLI_TEST_MS }, async () => {
    const dir = dataDir();
    const live = liveDatabase(dir, 100);
    await live.stopWriting();
    const backup = join(dir, 'backup.db');
    await backupDatabase(join(dir, 'touchpoint.db'), backup);
    const before = idsIn(backup);
    const after = insert(live.db, 1); // not in the backup

    const refused = await runTs('server/src/cli.ts', ['restore', backup], { TOUCHPOINT_DATA_DIR: dir });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/in use\. Stop the collector first/);
    expect(idsIn(join(dir, 'touchpoint.db')).has(after)).toBe(true);

    live.db.close();
    const restored = await runTs('server/src/cli.ts', ['restore', backup], { TOUCHPOINT_DATA_DIR: dir });
    expect(restored.stderr).toBe('');
    expect(restored.code).toBe(0);
    const ids = idsIn(join(dir, 'touchpoint.db'));
    expect(ids).toEqual(before);
    expect(ids.has(after)).toBe(false);
    // The replaced database is kept, complete.
    const kept = readdirSync(dir).find((f) => f.startsWith('touchpoint.db.before-restore-'))!;
    expect(idsIn(join(dir, kept)).has(after)).toBe(true);
    // And the collector opens the restored one.
    const reopened = openDatabase(join(dir, 'touchpoint.db'));
    expect(reopened.pragma('integrity_check', { simple: true })).toBe('ok');
    reopened.close();
  });

  it('refuses a backup that is not a sound database, changing nothing', { timeout: CLI_TEST_MS }, async () => {
    const dir = dataDir();
    openDatabase(join(dir, 'touchpoint.db')).close();
    writeFileSync(join(dir, 'broken.db'), 'SQLite format 3\u0000' + 'garbage'.repeat(1000));
    const run = await runTs('server/src/cli.ts', ['restore', join(dir, 'broken.db')], { TOUCHPOINT_DATA_DIR: dir });
    expect(run.code).toBe(1);
    expect(readdirSync(dir).some((f) => f.includes('before-restore'))).toBe(false);
    expect(existsSync(join(dir, 'touchpoint.db'))).toBe(true);
  });

  it('prints usage for anything else', { timeout: CLI_TEST_MS }, async () => {
    const run = await runTs('server/src/cli.ts', ['frobnicate'], { TOUCHPOINT_DATA_DIR: dataDir() });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Usage/);
  });
});
