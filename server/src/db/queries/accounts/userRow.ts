import type { User } from '../../../../../shared/schemas/account.ts';
import type { Role } from '../../../../../shared/roles.ts';

export interface UserRow {
  id: number;
  email: string;
  password_hash: string;
  role: Role;
  created_at: number;
  disabled: number;
}

/** The columns every user query selects; the hash only leaves the database to be verified. */
export const USER_COLUMNS = 'id, email, password_hash, role, created_at, disabled';

export function toUser(row: UserRow, sites: string[] = []): User {
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    disabled: row.disabled === 1,
    createdAt: new Date(row.created_at).toISOString(),
    sites,
  };
}
