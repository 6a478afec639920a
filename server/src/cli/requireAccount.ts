import type { Db } from '../db/openDatabase.ts';
import { findUserByEmail } from '../db/queries/accounts/findUserByEmail.ts';
import { CliError } from './cliIo.ts';

export function requireAccount(db: Db, email: string) {
  const user = findUserByEmail(db, email);
  if (!user) throw new CliError(`No account for ${email}. See them with: npm run touchpoint -- user list`);
  return user;
}
