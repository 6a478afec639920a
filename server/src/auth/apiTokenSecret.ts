import { randomBytes } from 'node:crypto';

/** The prefix makes a leaked token easy to recognise (and to scan for in code). */
export const API_TOKEN_PREFIX = 'tp_pat_';

export function newApiTokenSecret(): string {
  return API_TOKEN_PREFIX + randomBytes(32).toString('base64url');
}
