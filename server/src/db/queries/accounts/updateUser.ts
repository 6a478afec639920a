import type { Role } from '../../../../../shared/roles.ts';
import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import { write } from '../../write.ts';
import { USER_COLUMNS, type UserRow } from './userRow.ts';

export interface UserChanges {
  role?: Role;
  disabled?: boolean;
}

/** Changes what is given and keeps the rest; undefined when there is no such user. */
export function updateUser(db: Db, id: number, changes: UserChanges): UserRow | undefined {
  const disabled = changes.disabled === undefined ? null : Number(changes.disabled);
  return write(db, () =>
    statement(
      db,
      `UPDATE users SET role = coalesce(?, role), disabled = coalesce(?, disabled) WHERE id = ? RETURNING ${USER_COLUMNS}`,
    ).get(changes.role ?? null, disabled, id) as UserRow | undefined,
  );
}
