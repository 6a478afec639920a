import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';

/** The database's key for signing links in mail (made by migration 16). */
export function linkKey(db: Db): Buffer {
  return statement(db, 'SELECT secret FROM link_keys WHERE id = 1').pluck().get() as Buffer;
}
