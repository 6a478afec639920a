import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';

/** After any survey is answered or dismissed, the site shows none for this many days. */
export function getSurveyCooldown(db: Db, siteId: number): number {
  return statement(db, 'SELECT survey_cooldown_days FROM sites WHERE id = ?').pluck().get(siteId) as number;
}
