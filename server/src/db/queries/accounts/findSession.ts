import type { Role } from '../../../../../shared/roles.ts';
import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';

export interface SessionRow {
  /** NULL for a session opened with the admin token. */
  user_id: number | null;
  email: string | null;
  role: Role | null;
  disabled: number | null;
}

/**
 * A live session and, for a user's session, their current role: a role change
 * or a disabled account takes effect on the next request.
 */
export function findSession(db: Db, idHash: string, now: number): SessionRow | undefined {
  return statement(
    db,
    `SELECT s.user_id, u.email, u.role, u.disabled
       FROM sessions s LEFT JOIN users u ON u.id = s.user_id
      WHERE s.id_hash = ? AND s.expires_at > ?`,
  ).get(idHash, now) as SessionRow | undefined;
}
