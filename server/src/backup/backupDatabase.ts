import { closeSync, existsSync, openSync } from 'node:fs';
import { resolve } from 'node:path';
import Database from 'better-sqlite3';
import { OWNER_ONLY } from '../db/ownerOnly.ts';
import { integrityOf } from './checkDatabaseFile.ts';

/**
 * Copies the live database to `target`, a new owner-only file, with SQLite's
 * online backup, while the collector keeps writing: the copy is a consistent
 * snapshot that holds every transaction committed before the copy's last step
 * began (the copy restarts if another connection writes in between, so it is
 * made in one step after the first). The visitor salt is not in the database,
 * so the copy has none.
 */
export async function backupDatabase(source: string, target: string): Promise<{ pages: number }> {
  if (!existsSync(source)) throw new Error(`No database at ${source}.`);
  if (resolve(source) === resolve(target)) throw new Error('The backup must go to another file.');
  // Created owner-only here, as new and empty: SQLite writes the copy into it, keeping its mode.
  try {
    closeSync(openSync(target, 'wx', OWNER_ONLY));
  } catch (err) {
    if ((err as { code?: string }).code === 'EEXIST') throw new Error(`${target} already exists; choose a new file name.`);
    throw err;
  }
  const db = new Database(source, { fileMustExist: true, timeout: 5000 });
  let pages = 0;
  try {
    await db.backup(target, {
      progress: ({ totalPages }) => {
        pages = totalPages;
        return Math.max(totalPages, 100) * 2;
      },
    });
  } finally {
    db.close();
  }
  const integrity = integrityOf(target);
  if (integrity !== 'ok') throw new Error(`The backup at ${target} failed its integrity check: ${integrity}`);
  return { pages };
}
