import type { Db } from '../db/openDatabase.ts';
import { deleteUserSessions } from '../db/queries/accounts/deleteUserSessions.ts';
import { revokeUserApiTokens } from '../db/queries/accounts/revokeUserApiTokens.ts';
import { write } from '../db/write.ts';

export interface EndedAccess {
  sessions: number;
  tokens: number;
}

/**
 * Ends every way into an account: its sessions and its API tokens. Used when
 * the password changes, on "sign out everywhere" and when an admin disables
 * the account. Tokens go too because a session could have been stolen and used
 * to make one; they are revoked, not suspended, so nothing comes back to life
 * when the account is enabled again. `null` (the admin token) has no tokens.
 */
export function endAccountAccess(db: Db, userId: number | null, now: number): EndedAccess {
  return write(db, () => ({
    sessions: deleteUserSessions(db, userId),
    tokens: userId === null ? 0 : revokeUserApiTokens(db, userId, now),
  }));
}
