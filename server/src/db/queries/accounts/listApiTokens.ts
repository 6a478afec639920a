import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import { API_TOKEN_COLUMNS, type ApiTokenRow } from './apiTokenRow.ts';

/** A user's tokens that still work, newest first. */
export function listApiTokens(db: Db, userId: number): ApiTokenRow[] {
  return statement(
    db,
    `SELECT ${API_TOKEN_COLUMNS} FROM api_tokens WHERE user_id = ? AND revoked_at IS NULL ORDER BY created_at DESC, id DESC`,
  ).all(userId) as ApiTokenRow[];
}
