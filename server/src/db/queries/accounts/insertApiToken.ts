import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import { write } from '../../write.ts';
import { API_TOKEN_COLUMNS, type ApiTokenRow } from './apiTokenRow.ts';

export function insertApiToken(db: Db, userId: number, name: string, tokenHash: string, now: number): ApiTokenRow {
  return write(db, () =>
    statement(
      db,
      `INSERT INTO api_tokens (user_id, name, token_hash, created_at) VALUES (?, ?, ?, ?) RETURNING ${API_TOKEN_COLUMNS}`,
    ).get(userId, name, tokenHash, now) as ApiTokenRow,
  );
}
