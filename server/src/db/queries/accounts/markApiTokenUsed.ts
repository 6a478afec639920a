import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import { write } from '../../write.ts';

/** At most one write a minute per token: "last used" needs no more precision than that. */
export function markApiTokenUsed(db: Db, tokenId: number, now: number): void {
  const sql = 'UPDATE api_tokens SET last_used_at = ? WHERE id = ? AND (last_used_at IS NULL OR last_used_at < ?)';
  write(db, () => statement(db, sql).run(now, tokenId, now - 60_000));
}
