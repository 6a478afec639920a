import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Db } from '../db/openDatabase.ts';
import { forgetSharedSalts, sharedDailySalt } from '../db/shared/visitorSalt.ts';

/**
 * Today's salt lives beside the database, never in it: `touchpoint backup`
 * copies only the database, so a backup cannot recompute a visitor hash from an
 * address. It is a file at all, not memory only, so a restart on the same day
 * keeps telling the same visitors apart. On PostgreSQL, where many collectors
 * must hash alike, it is a row of an unlogged table instead (db/shared/visitorSalt.ts):
 * never in the WAL, so never in an archive, a physical backup or a replica.
 */
export const SALT_FILE = 'visitor-salt';

interface DaySalt {
  day: string;
  salt: string;
}

const known = new WeakMap<Db, DaySalt>();

function utcDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Where the salt of a database's visitor hashes is kept: beside its file; none for an in-memory database (tests). PostgreSQL's is shared (db/shared/visitorSalt.ts). */
function saltFileOf(db: Db): string | undefined {
  const dir = db.memory ? undefined : dirname(db.name);
  return dir === undefined ? undefined : join(dir, SALT_FILE);
}

/**
 * Today's random salt (UTC day), made at the first hash of the day; it replaces
 * yesterday's, so a hash cannot be linked across days nor recomputed later.
 */
export function dailySalt(db: Db, now: number): string {
  const day = utcDay(now);
  const shared = sharedDailySalt(db, now);
  if (shared !== undefined) return shared;
  const file = saltFileOf(db);
  const current = known.get(db) ?? readSalt(file);
  if (current?.day === day) {
    known.set(db, current);
    return current.salt;
  }
  const fresh = { day, salt: randomBytes(32).toString('hex') };
  writeSalt(file, fresh);
  known.set(db, fresh);
  return fresh.salt;
}

/** Deletes a salt from before today (the retention job, hourly), so days without traffic do not keep one. */
export function forgetStaleSalt(db: Db, now: number): void {
  if (forgetSharedSalts(db, now)) return;
  const file = saltFileOf(db);
  const current = known.get(db) ?? readSalt(file);
  if (!current || current.day >= utcDay(now)) return;
  known.delete(db);
  if (!file) return;
  rmSync(file, { force: true });
  rmSync(`${file}.new`, { force: true }); // left by a crash mid-write
}

function readSalt(file: string | undefined): DaySalt | undefined {
  if (!file) return undefined;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined; // none yet: a new one is made
  }
  const match = /^(\d{4}-\d{2}-\d{2}) ([0-9a-f]{64})\n?$/.exec(text);
  return match ? { day: match[1]!, salt: match[2]! } : undefined;
}

/** Owner-only, flushed, swapped in whole: a crash leaves the old salt or the new one. */
function writeSalt(file: string | undefined, { day, salt }: DaySalt): void {
  if (!file) return;
  const incoming = `${file}.new`;
  rmSync(incoming, { force: true });
  const fd = openSync(incoming, 'wx', 0o600);
  try {
    writeSync(fd, `${day} ${salt}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(incoming, file);
}
