import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import { write } from '../../write.ts';

// Dashboard sign-in sessions, keyed by a hash of the cookie value (read by findSession.ts).

/** `userId` is null for a session opened with the admin token. */
export function insertSession(db: Db, idHash: string, now: number, ttlMs: number, userId: number | null = null): void {
  const sql = 'INSERT INTO sessions (id_hash, created_at, expires_at, user_id) VALUES (?, ?, ?, ?)';
  write(db, () => statement(db, sql).run(idHash, now, now + ttlMs, userId));
}

export function deleteSession(db: Db, idHash: string): void {
  write(db, () => statement(db, 'DELETE FROM sessions WHERE id_hash = ?').run(idHash));
}
