import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import { write } from '../../write.ts';

/** Revokes one of `userId`'s tokens; false when they have no such live token. The row stays as a record. */
export function revokeApiToken(db: Db, userId: number, tokenId: number, now: number): boolean {
  const sql = 'UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND user_id = ? AND revoked_at IS NULL';
  return write(db, () => statement(db, sql).run(now, tokenId, userId).changes > 0);
}
