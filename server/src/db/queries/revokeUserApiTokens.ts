import type { Db } from '../openDatabase.ts';
import { statement } from '../statement.ts';

/** Revokes every live token of one user; the rows stay as a record. Returns how many were revoked. */
export function revokeUserApiTokens(db: Db, userId: number, now: number): number {
  return statement(db, 'UPDATE api_tokens SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL').run(now, userId).changes;
}
