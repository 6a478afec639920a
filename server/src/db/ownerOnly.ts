import { chmodSync, closeSync, existsSync, fsyncSync, openSync, readSync, writeSync } from 'node:fs';

/** rw for the collector's user, nothing for anyone else: the files hold comments, e-mails, visitor hashes. */
export const OWNER_ONLY = 0o600;

/**
 * Makes a database file owner-only before SQLite opens it, creating it empty
 * if missing (SQLite takes an empty file as a new database). SQLite gives the
 * WAL, SHM and journal files it creates the database file's mode; those left by
 * an older, world-readable install are narrowed too.
 */
export function ownerOnlyDatabase(file: string): void {
  closeSync(openSync(file, 'a', OWNER_ONLY));
  for (const path of [file, `${file}-wal`, `${file}-shm`]) {
    if (existsSync(path)) chmodSync(path, OWNER_ONLY);
  }
}

/**
 * Copies `from` to a new owner-only file `to`, flushed. Not copyFileSync: it
 * gives the copy the source's mode, and an older backup may be world-readable.
 */
export function copyOwnerOnly(from: string, to: string): void {
  const input = openSync(from, 'r');
  try {
    const output = openSync(to, 'wx', OWNER_ONLY);
    try {
      const buffer = Buffer.allocUnsafe(1 << 20);
      for (let read: number; (read = readSync(input, buffer, 0, buffer.length, null)) > 0; ) {
        for (let written = 0; written < read; ) written += writeSync(output, buffer, written, read - written);
      }
      fsyncSync(output);
    } finally {
      closeSync(output);
    }
  } finally {
    closeSync(input);
  }
}
