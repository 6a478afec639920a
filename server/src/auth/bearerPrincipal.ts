import type { Db } from '../db/openDatabase.ts';
import { findApiTokenOwner } from '../db/queries/accounts/findApiTokenOwner.ts';
import { markApiTokenUsed } from '../db/queries/accounts/markApiTokenUsed.ts';
import { ApiError } from '../http/ApiError.ts';
import { storageUnavailable } from '../http/storageErrors.ts';
import { API_TOKEN_PREFIX } from './apiTokenSecret.ts';
import type { Principal } from './principal.ts';
import { secretsMatch, sha256 } from './sha256.ts';

/**
 * `Authorization: Bearer …` is the admin token (automation; counts as admin)
 * or a user's API token (that user's current role). API tokens are looked up
 * by their sha256, so the stored hash gives nothing away and the lookup's
 * timing says nothing about the token.
 */
export function bearerPrincipal(db: Db, header: string, adminToken: string, now: number): Principal {
  const given = /^Bearer\s+(.+)$/i.exec(header)?.[1]?.trim() ?? '';
  if (given && secretsMatch(given, adminToken)) return { role: 'admin', userId: null, email: null, via: 'admin-token' };
  if (given.startsWith(API_TOKEN_PREFIX)) {
    const owner = findApiTokenOwner(db, sha256(given));
    if (owner) {
      try {
        markApiTokenUsed(db, owner.token_id, now);
      } catch (err) {
        // "Last used" is a convenience: a locked or full disk must not turn a read into a 503.
        if (!storageUnavailable(err)) throw err;
      }
      return { role: owner.role, userId: owner.user_id, email: owner.email, via: 'api-token' };
    }
  }
  throw new ApiError(401, 'unauthorized', 'The bearer token is not valid, or was revoked.');
}
