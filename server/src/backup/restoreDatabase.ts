import { chmodSync, closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { copyOwnerOnly, OWNER_ONLY } from '../db/ownerOnly.ts';
import { integrityOf } from './checkDatabaseFile.ts';

/** Thrown when the database is open in another process (a running collector). */
export class DatabaseInUseError extends Error {
  override name = 'DatabaseInUseError';
}

function fsyncPath(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Takes the database out of use for good: checks no other process has it open
 * (an exclusive lock fails while any connection, even an idle one, holds it in
 * WAL mode) and folds its WAL into the main file, so one file is the whole database.
 */
function retire(target: string): void {
  const db = new Database(target, { fileMustExist: true, timeout: 0 });
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    try {
      db.exec('BEGIN EXCLUSIVE; COMMIT;');
    } catch (err) {
      if ((err as { code?: string }).code?.startsWith('SQLITE_BUSY')) {
        throw new DatabaseInUseError(`${target} is in use. Stop the collector first, then restore.`);
      }
      throw err;
    }
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
}

/**
 * Puts a backup in place of the database at `target`. The backup must pass
 * `PRAGMA integrity_check`; the collector must be stopped (refused otherwise).
 * The database it replaces is kept next to it as `<target>.before-restore-<time>`.
 */
export function restoreDatabase(backup: string, target: string, now = new Date()): { kept?: string } {
  if (!existsSync(backup)) throw new Error(`No backup at ${backup}.`);
  const integrity = integrityOf(backup);
  if (integrity !== 'ok') throw new Error(`The backup failed its integrity check, nothing was changed: ${integrity}`);
  let kept: string | undefined;
  if (existsSync(target)) {
    retire(target);
    kept = `${target}.before-restore-${now.toISOString().replace(/[:.]/g, '-')}`;
    renameSync(target, kept);
    chmodSync(kept, OWNER_ONLY);
    rmSync(`${target}-wal`, { force: true });
    rmSync(`${target}-shm`, { force: true });
  }
  // Copy beside the target, flush, then rename: a crash leaves either the old state or the new one.
  const incoming = `${target}.restoring`;
  rmSync(incoming, { force: true });
  copyOwnerOnly(backup, incoming);
  renameSync(incoming, target);
  fsyncPath(dirname(target));
  return { kept };
}
