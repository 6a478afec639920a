import type { CreateUser } from '../../../shared/schemas/account.ts';
import type { Db } from '../db/openDatabase.ts';
import { insertUser } from '../db/queries/accounts/insertUser.ts';
import type { UserRow } from '../db/queries/accounts/userRow.ts';
import { ApiError } from '../http/ApiError.ts';
import { hashPassword } from './passwordHash.ts';

/** Creates an account (the Team page and `touchpoint user add`); 409 when the e-mail is taken in any case. */
export async function addUser(db: Db, input: CreateUser, now: number): Promise<UserRow> {
  const passwordHash = await hashPassword(input.password);
  try {
    return insertUser(db, { email: input.email, passwordHash, role: input.role }, now);
  } catch (err) {
    if ((err as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') {
      throw new ApiError(409, 'conflict', `There is already an account for ${input.email}.`, [
        { path: 'email', message: 'already has an account' },
      ]);
    }
    throw err;
  }
}
