import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';

/** A comment stored before its terms were made at write time, now split into terms; call inside write(). */
export function markCommentIndexed(db: Db, id: string): void {
  statement(db, 'UPDATE responses SET terms_indexed = 1 WHERE id = ?').run(id);
}
