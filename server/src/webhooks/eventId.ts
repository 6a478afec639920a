import { createHash, randomBytes } from 'node:crypto';

/** A new event's id. */
export function newEventId(): string {
  return 'evt_' + randomBytes(12).toString('hex');
}

/**
 * The id of an event derived from a stored row: the same every time it is
 * derived, so a drain that runs again after a crash cannot send it under a second id.
 */
export function derivedEventId(...source: string[]): string {
  return 'evt_' + createHash('sha256').update(source.join('\u0000')).digest('hex').slice(0, 24);
}
