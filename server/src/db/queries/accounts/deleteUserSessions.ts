import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import { write } from '../../write.ts';

/**
 * "Sign out everywhere": every session of one user, or with `null` every
 * session opened with the admin token. Returns how many ended.
 */
export function deleteUserSessions(db: Db, userId: number | null): number {
  return write(db, () => statement(db, 'DELETE FROM sessions WHERE user_id IS ?').run(userId).changes);
}
