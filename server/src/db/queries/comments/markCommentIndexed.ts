import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';

/** A stored comment now split into terms (jobs/commentTerms.ts); call inside write(). */
export function markCommentIndexed(db: Db, id: string): void {
  statement(db, 'UPDATE responses SET terms_indexed = 1 WHERE id = ?').run(id);
}
