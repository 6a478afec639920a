import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import { write } from '../../write.ts';

/**
 * Removes the definition only: its answers and events stay until retention
 * deletes them (a survey saved again under the key shows them). Returns false
 * when there was no such survey.
 */
export function deleteSurvey(db: Db, siteId: number, key: string): boolean {
  return write(db, () => statement(db, 'DELETE FROM surveys WHERE site_id = ? AND key = ?').run(siteId, key).changes === 1);
}
