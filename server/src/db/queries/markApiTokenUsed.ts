import type { Db } from '../openDatabase.ts';
import { statement } from '../statement.ts';

/** At most one write a minute per token: "last used" needs no more precision than that. */
export function markApiTokenUsed(db: Db, tokenId: number, now: number): void {
  statement(db, 'UPDATE api_tokens SET last_used_at = ? WHERE id = ? AND (last_used_at IS NULL OR last_used_at < ?)').run(
    now,
    tokenId,
    now - 60_000,
  );
}
