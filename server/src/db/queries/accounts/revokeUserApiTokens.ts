import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import { write } from '../../write.ts';

/** Revokes every live token of one user; the rows stay as a record. Returns how many were revoked. */
export function revokeUserApiTokens(db: Db, userId: number, now: number): number {
  const sql = 'UPDATE api_tokens SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL';
  return write(db, () => statement(db, sql).run(now, userId).changes);
}
