import { createHash } from 'node:crypto';
import type { Db } from '../Db.ts';
import { sharedDailySalt } from './visitorSalt.ts';

/**
 * What a shared throttle stores for a key: a hash of it under the day's
 * visitor salt, never the key itself, since keys are client addresses and
 * e-mail addresses and the promise is that no address is stored. A new UTC
 * day gives every key a new row: its counts start afresh at midnight.
 */
export function hiddenKey(db: Db, scope: string, key: string, now: number): string {
  return createHash('sha256').update(`${sharedDailySalt(db, now)}\n${scope}\n${key}`).digest('base64url');
}
