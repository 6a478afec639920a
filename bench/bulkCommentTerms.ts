// The comment-terms job (server/src/jobs/commentTerms.ts) tokenizes and stores
// one comment at a time. A bulk load's comments repeat a few texts millions of
// times, so each distinct text is tokenized once and its terms joined to every
// response that says it, in one statement.

import type { Db } from '../server/src/db/openDatabase.ts';
import { tokenizeComment } from '../shared/themes/tokenizeComment.ts';

/** The comments not yet split into terms, as listUnindexedComments reads them. */
const PENDING = `terms_indexed = 0 AND (comment IS NOT NULL OR other_text IS NOT NULL)`;
const TEXT = `trim(coalesce(comment, '') || ' ' || coalesce(other_text, ''))`;

/**
 * Stores the terms of every pending comment and marks it indexed: the rows the
 * job would write, in the job's order (by response, then term), so even their
 * rowids match. Call inside a transaction. Returns how many comments.
 */
export function bulkCommentTerms(db: Db): number {
  db.exec('CREATE TEMP TABLE bulk_terms (text TEXT NOT NULL, position INTEGER NOT NULL, term TEXT NOT NULL, PRIMARY KEY (text, position))');
  const insertTerm = db.prepare('INSERT INTO temp.bulk_terms (text, position, term) VALUES (?, ?, ?)');
  for (const text of db.prepare(`SELECT DISTINCT ${TEXT} FROM responses WHERE ${PENDING}`).pluck().all() as string[]) {
    tokenizeComment(text).forEach((term, position) => insertTerm.run(text, position, term));
  }
  // INSERT OR IGNORE as insertCommentTerms: a term said twice in a comment is stored once.
  // The unqualified columns are responses' (bulk_terms has none of their names).
  db.exec(`
    INSERT OR IGNORE INTO comment_terms (response_id, term, site_id, created_at, path, device, channel, lang)
    SELECT r.id, t.term, r.site_id, r.created_at, r.path, r.device, r.channel, r.lang
      FROM responses r JOIN temp.bulk_terms t ON t.text = ${TEXT}
     WHERE ${PENDING}
     ORDER BY r.rowid, t.position;
    DROP TABLE temp.bulk_terms;`);
  return db.prepare(`UPDATE responses SET terms_indexed = 1 WHERE ${PENDING}`).run().changes;
}
