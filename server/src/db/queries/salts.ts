import { randomBytes } from 'node:crypto';
import type { Db } from '../openDatabase.ts';
import { statement } from '../statement.ts';

const today = new WeakMap<Db, { day: string; salt: string }>();

function utcDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * Today's random salt (UTC day), created on first use. Salts older than
 * yesterday are deleted then, so a visitor hash cannot be linked across days
 * nor recomputed from an address later.
 */
export function dailySalt(db: Db, now: number): string {
  const day = utcDay(now);
  const cached = today.get(db);
  if (cached?.day === day) return cached.salt;
  const salt = db.transaction(() => {
    statement(db, 'DELETE FROM salts WHERE day < ?').run(utcDay(now - 86_400_000));
    statement(db, 'INSERT OR IGNORE INTO salts (day, salt) VALUES (?, ?)').run(day, randomBytes(32).toString('hex'));
    return statement(db, 'SELECT salt FROM salts WHERE day = ?').pluck().get(day) as string;
  })();
  today.set(db, { day, salt });
  return salt;
}
