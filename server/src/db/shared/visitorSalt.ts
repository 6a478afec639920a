import { randomBytes } from 'node:crypto';
import type { Db } from '../Db.ts';
import { standaloneStatement } from '../statement.ts';
import { sharedByCollectors } from './sharedByCollectors.ts';

/**
 * How long a collector trusts the salt it read: the table is unlogged, so a
 * PostgreSQL crash empties it and the next collector to hash makes a new
 * one; the others follow within this time rather than keep the lost one all day.
 */
const RECHECK_MS = 60_000;

interface Read {
  day: string;
  salt: string;
  at: number;
}

const known = new WeakMap<Db, Read>();

/**
 * The UTC day's random salt every collector on this database hashes with
 * (visitor_salts, migration 41): the first to need it stores a new one, the
 * others read that one back. Undefined on SQLite, whose salt is a file beside
 * the database (privacy/dailySalt.ts).
 */
export function sharedDailySalt(db: Db, now: number): string | undefined {
  if (!sharedByCollectors(db)) return undefined;
  const day = utcDay(now);
  const read = known.get(db);
  if (read?.day === day && now - read.at < RECHECK_MS && now >= read.at) return read.salt;
  const select = standaloneStatement(db, 'SELECT salt FROM visitor_salts WHERE day = ?').pluck();
  let salt = select.get(day) as string | undefined;
  if (salt === undefined) {
    // Two collectors may both get here: the first row stands, and both read it back.
    standaloneStatement(db, 'INSERT INTO visitor_salts (day, salt) VALUES (?, ?) ON CONFLICT (day) DO NOTHING').run(day, randomBytes(32).toString('hex'));
    salt = select.get(day) as string;
  }
  known.set(db, { day, salt, at: now });
  return salt;
}

/** Deletes the salts of days before `now`'s; false on SQLite, which keeps its own (privacy/dailySalt.ts). */
export function forgetSharedSalts(db: Db, now: number): boolean {
  if (!sharedByCollectors(db)) return false;
  const today = utcDay(now);
  if ((known.get(db)?.day ?? today) < today) known.delete(db);
  standaloneStatement(db, 'DELETE FROM visitor_salts WHERE day < ?').run(today);
  return true;
}

function utcDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
