import type { Role } from '../../../../../shared/roles.ts';
import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import { write } from '../../write.ts';
import { USER_COLUMNS, type UserRow } from './userRow.ts';

export interface NewUser {
  email: string;
  passwordHash: string;
  role: Role;
}

/** Throws SQLITE_CONSTRAINT_UNIQUE when the e-mail (in any case) is taken. */
export function insertUser(db: Db, user: NewUser, now: number): UserRow {
  return write(db, () =>
    statement(
      db,
      `INSERT INTO users (email, password_hash, role, created_at) VALUES (?, ?, ?, ?) RETURNING ${USER_COLUMNS}`,
    ).get(user.email, user.passwordHash, user.role, now) as UserRow,
  );
}
