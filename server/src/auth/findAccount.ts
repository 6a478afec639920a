import type { Db } from '../db/openDatabase.ts';
import { findUserByEmail } from '../db/queries/accounts/findUserByEmail.ts';
import type { UserRow } from '../db/queries/accounts/userRow.ts';
import { decoyHash, verifyPassword } from './passwordHash.ts';

/**
 * The enabled account with this e-mail and password, or undefined. An unknown
 * e-mail costs one scrypt like a wrong password, and a disabled account is
 * checked only after the hash, so neither the answer nor its timing tells which
 * addresses have accounts, nor whether a disabled account's password was right.
 */
export async function findAccount(db: Db, email: string, password: string): Promise<UserRow | undefined> {
  const user = findUserByEmail(db, email.trim());
  const matches = await verifyPassword(password, user?.password_hash ?? (await decoyHash()));
  return user && matches && !user.disabled ? user : undefined;
}
