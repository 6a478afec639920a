import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import Database from 'better-sqlite3';
import { integrityOf } from './checkDatabaseFile.ts';

/**
 * Copies the live database to `target` with SQLite's online backup, while the
 * collector keeps writing: the copy is a consistent snapshot that holds every
 * transaction committed before the copy's last step began (the copy restarts if
 * another connection writes in between, so it is made in one step after the first).
 */
export async function backupDatabase(source: string, target: string): Promise<{ pages: number }> {
  if (!existsSync(source)) throw new Error(`No database at ${source}.`);
  if (existsSync(target)) throw new Error(`${target} already exists; choose a new file name.`);
  if (resolve(source) === resolve(target)) throw new Error('The backup must go to another file.');
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
