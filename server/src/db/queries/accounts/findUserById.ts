import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import { USER_COLUMNS, type UserRow } from './userRow.ts';

export function findUserById(db: Db, id: number): UserRow | undefined {
  return statement(db, `SELECT ${USER_COLUMNS} FROM users WHERE id = ?`).get(id) as UserRow | undefined;
}
