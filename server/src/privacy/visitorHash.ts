import { sha256 } from '../auth/sha256.ts';
import type { Db } from '../db/openDatabase.ts';
import { dailySalt } from './dailySalt.ts';

/**
 * Tells one visitor's responses of one day apart from another's without storing
 * who they are: sha256(today's salt, site, address, user agent). The address is
 * never stored; the salt is random per UTC day, replaced the next day, and kept
 * out of the database and its backups (privacy/dailySalt.ts), so a backup's
 * hashes cannot be reversed by trying addresses nor linked across days or sites.
 */
export function visitorHash(db: Db, siteKey: string, address: string, userAgent: string | undefined, now: number): string {
  return sha256([dailySalt(db, now), siteKey, address, userAgent ?? ''].join('\n'));
}
