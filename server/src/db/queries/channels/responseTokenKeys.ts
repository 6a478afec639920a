import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';

export interface ResponseTokenKey {
  version: number;
  secret: Buffer;
}

/** The key that signs new survey links: the newest version not retired. */
export function currentResponseTokenKey(db: Db): ResponseTokenKey {
  return statement(db, 'SELECT version, secret FROM response_token_keys WHERE retired_at IS NULL ORDER BY version DESC LIMIT 1').get() as ResponseTokenKey;
}

/** The key of one version, if it still verifies links (not retired). */
export function responseTokenKey(db: Db, version: number): ResponseTokenKey | undefined {
  return statement(db, 'SELECT version, secret FROM response_token_keys WHERE version = ? AND retired_at IS NULL').get(version) as ResponseTokenKey | undefined;
}

/** Adds a new key version; links signed before keep verifying with theirs. Call inside write(). */
export function rotateResponseTokenKey(db: Db, now: number): number {
  return statement(db, 'INSERT INTO response_token_keys (version, secret, created_at) SELECT COALESCE(MAX(version), 0) + 1, randomblob(32), ? FROM response_token_keys RETURNING version')
    .pluck()
    .get(now) as number;
}

/** Stops a version from verifying anything, e.g. after it leaked. Refuses to retire the last live key. Call inside write(). */
export function retireResponseTokenKey(db: Db, version: number, now: number): boolean {
  const live = statement(db, 'SELECT COUNT(*) FROM response_token_keys WHERE retired_at IS NULL AND version <> ?').pluck().get(version) as number;
  if (live === 0) return false;
  return statement(db, 'UPDATE response_token_keys SET retired_at = ? WHERE version = ? AND retired_at IS NULL').run(now, version).changes === 1;
}
