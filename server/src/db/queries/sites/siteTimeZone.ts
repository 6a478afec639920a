import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';

/** The site's IANA time zone ('UTC' until its owner sets one): its days, weeks and digests are cut in it. */
export function siteTimeZone(db: Db, siteId: number): string {
  return (statement(db, 'SELECT time_zone FROM sites WHERE id = ?').pluck().get(siteId) as string | undefined) ?? 'UTC';
}
