import type { CreatedApiToken } from '../../../shared/schemas/account.ts';
import type { Db } from '../db/openDatabase.ts';
import { toApiToken } from '../db/queries/accounts/apiTokenRow.ts';
import { insertApiToken } from '../db/queries/accounts/insertApiToken.ts';
import { newApiTokenSecret } from './apiTokenSecret.ts';
import { sha256 } from './sha256.ts';

/** A new API token for `userId`: only its sha256 is stored, so the secret in the answer is its one showing. */
export function issueApiToken(db: Db, userId: number, name: string, now: number): CreatedApiToken {
  const token = newApiTokenSecret();
  return { ...toApiToken(insertApiToken(db, userId, name, sha256(token), now)), token };
}
