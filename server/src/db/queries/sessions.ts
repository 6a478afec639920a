import type { Db } from '../openDatabase.ts';
import { statement } from '../statement.ts';

// Dashboard sign-in sessions, keyed by a hash of the cookie value.

export function insertSession(db: Db, idHash: string, now: number, ttlMs: number): void {
  statement(db, 'INSERT INTO sessions (id_hash, created_at, expires_at) VALUES (?, ?, ?)').run(
    idHash,
    now,
    now + ttlMs,
  );
}

export function isSessionValid(db: Db, idHash: string, now: number): boolean {
  return statement(db, 'SELECT 1 FROM sessions WHERE id_hash = ? AND expires_at > ?').get(idHash, now) !== undefined;
}

export function deleteSession(db: Db, idHash: string): void {
  statement(db, 'DELETE FROM sessions WHERE id_hash = ?').run(idHash);
}
