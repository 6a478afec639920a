import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import { USER_COLUMNS, type UserRow } from './userRow.ts';

export function listUsers(db: Db): UserRow[] {
  return statement(db, `SELECT ${USER_COLUMNS} FROM users ORDER BY email COLLATE NOCASE`).all() as UserRow[];
}
