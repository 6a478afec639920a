import { chmodSync, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { backupDatabase } from '../src/backup/backupDatabase.ts';
import { restoreDatabase } from '../src/backup/restoreDatabase.ts';
import { migrate } from '../src/db/migrate.ts';
import { MIGRATIONS } from '../src/db/migrations/index.ts';
import { openDatabase } from '../src/db/openDatabase.ts';
import { applyRetention } from '../src/jobs/retention.ts';
import { dailySalt, SALT_FILE } from '../src/privacy/dailySalt.ts';
import { visitorHash } from '../src/privacy/visitorHash.ts';
import { tempDirs } from './tempDirs.ts';

// A red-team pass reversed a /16 of visitor hashes in 11 ms from a backup taken
// the same day: the backup held the day's salt. It must not, and the data files
// must be readable by the collector's user only.

const NOW = Date.parse('2026-03-14T10:00:00Z');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const UA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

const dataDir = tempDirs('touchpoint-salt-');

const modeOf = (file: string) => statSync(file).mode & 0o777;

describe('the visitor salt', () => {
  it('is not in a backup', async () => {
    const dir = dataDir();
    const db = openDatabase(join(dir, 'touchpoint.db'));
    const salt = dailySalt(db, NOW);
    await backupDatabase(join(dir, 'touchpoint.db'), join(dir, 'backup.db'));
    db.close();
    expect(readFileSync(join(dir, 'backup.db')).includes(salt)).toBe(false);
    const backup = new Database(join(dir, 'backup.db'), { readonly: true });
    expect(backup.prepare("SELECT name FROM sqlite_master WHERE name = 'salts'").all()).toEqual([]);
    backup.close();
  });

  it('of a database from before this change is gone from the file and its backups, not only from its tables', async () => {
    const dir = dataDir();
    const old = new Database(join(dir, 'touchpoint.db'));
    migrate(old, MIGRATIONS.filter((m) => m.version < 12));
    const salt = 'f'.repeat(20) + 'a0c1d2e3'.repeat(5) + 'e'.repeat(4);
    old.prepare('INSERT INTO salts (day, salt) VALUES (?, ?)').run('2026-03-14', salt);
    old.close();

    openDatabase(join(dir, 'touchpoint.db')).close();
    await backupDatabase(join(dir, 'touchpoint.db'), join(dir, 'backup.db'));
    expect(readFileSync(join(dir, 'touchpoint.db')).includes(salt)).toBe(false);
    expect(readFileSync(join(dir, 'backup.db')).includes(salt)).toBe(false);
  });

  it('keeps the hash the same across a restart on the same day, and changes it the next day', () => {
    const dir = dataDir();
    const file = join(dir, 'touchpoint.db');
    const hash = (now: number) => {
      const db = openDatabase(file); // a new connection is what a restarted collector has
      try {
        return visitorHash(db, 'site_a', '198.51.100.23', UA, now);
      } finally {
        db.close();
      }
    };
    const morning = hash(NOW);
    expect(hash(NOW + 3 * HOUR)).toBe(morning);
    const nextDay = hash(NOW + DAY);
    expect(nextDay).not.toBe(morning);
    expect(hash(NOW + DAY + HOUR)).toBe(nextDay);
    // Only the day's salt is kept, owner-only, beside the database.
    expect(readFileSync(join(dir, SALT_FILE), 'utf8')).toMatch(/^2026-03-15 [0-9a-f]{64}\n$/);
    expect(modeOf(join(dir, SALT_FILE))).toBe(0o600);
  });

  it('is deleted by the retention job once its day is over, even without traffic', async () => {
    const dir = dataDir();
    const db = openDatabase(join(dir, 'touchpoint.db'));
    dailySalt(db, NOW);
    await applyRetention(db, NOW + HOUR);
    expect(existsSync(join(dir, SALT_FILE))).toBe(true);
    await applyRetention(db, NOW + DAY);
    expect(existsSync(join(dir, SALT_FILE))).toBe(false);
    db.close();
  });
});

describe('data files', () => {
  it('are created owner-only: the database, its WAL and SHM, the salt and backups', async () => {
    const dir = dataDir();
    const db = openDatabase(join(dir, 'touchpoint.db'));
    visitorHash(db, 'site_a', '198.51.100.23', UA, NOW);
    db.exec("CREATE TABLE t (x); INSERT INTO t VALUES ('a row, so the WAL has something')");
    await backupDatabase(join(dir, 'touchpoint.db'), join(dir, 'backup.db'));
    for (const name of ['touchpoint.db', 'touchpoint.db-wal', 'touchpoint.db-shm', SALT_FILE, 'backup.db']) {
      expect([name, modeOf(join(dir, name))]).toEqual([name, 0o600]);
    }
    db.close();
  });

  it('left world-readable by an older install are narrowed when the database opens', () => {
    const dir = dataDir();
    openDatabase(join(dir, 'touchpoint.db')).close();
    chmodSync(join(dir, 'touchpoint.db'), 0o644);
    openDatabase(join(dir, 'touchpoint.db')).close();
    expect(modeOf(join(dir, 'touchpoint.db'))).toBe(0o600);
  });

  it('restored from a world-readable backup are owner-only, and so is the database kept aside', async () => {
    const dir = dataDir();
    openDatabase(join(dir, 'touchpoint.db')).close();
    await backupDatabase(join(dir, 'touchpoint.db'), join(dir, 'backup.db'));
    chmodSync(join(dir, 'backup.db'), 0o644);
    chmodSync(join(dir, 'touchpoint.db'), 0o644);
    const { kept } = restoreDatabase(join(dir, 'backup.db'), join(dir, 'touchpoint.db'), new Date(NOW));
    expect(modeOf(join(dir, 'touchpoint.db'))).toBe(0o600);
    expect(modeOf(kept!)).toBe(0o600);
    expect(readdirSync(dir).filter((name) => name.endsWith('.restoring'))).toEqual([]);
  });

});
