import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import { USER_COLUMNS, type UserRow } from './userRow.ts';

/** The column is COLLATE NOCASE, so any case of the address finds the account. */
export function findUserByEmail(db: Db, email: string): UserRow | undefined {
  return statement(db, `SELECT ${USER_COLUMNS} FROM users WHERE email = ?`).get(email) as UserRow | undefined;
}
