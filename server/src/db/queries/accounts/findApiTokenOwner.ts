import type { Role } from '../../../../../shared/roles.ts';
import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';

export interface ApiTokenOwner {
  token_id: number;
  last_used_at: number | null;
  user_id: number;
  email: string;
  role: Role;
}

/** The enabled user a live token belongs to; undefined for unknown, revoked, or a disabled user's tokens. */
export function findApiTokenOwner(db: Db, tokenHash: string): ApiTokenOwner | undefined {
  return statement(
    db,
    `SELECT t.id AS token_id, t.last_used_at, u.id AS user_id, u.email, u.role
       FROM api_tokens t JOIN users u ON u.id = t.user_id
      WHERE t.token_hash = ? AND t.revoked_at IS NULL AND u.disabled = 0`,
  ).get(tokenHash) as ApiTokenOwner | undefined;
}
