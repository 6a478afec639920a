import { tokenizeComment } from '../../../shared/themes/tokenizeComment.ts';
import type { Db } from '../db/openDatabase.ts';
import { insertCommentTerms } from '../db/queries/insertCommentTerms.ts';
import { listUnindexedComments } from '../db/queries/listUnindexedComments.ts';

/** Comments tokenized per transaction: short write locks while a backlog (an import, an upgrade) is worked off. */
const BATCH = 2000;

/**
 * Splits a site's new comments into terms (comment_terms) before a theme view
 * reads them. Lazy rather than at ingestion, so every way a response arrives
 * (widget, import, seed) is covered; after the first catch-up only the comments
 * since the last view are tokenized. Returns how many were.
 */
export function indexCommentTerms(db: Db, siteId: number): number {
  let indexed = 0;
  const batch = db.transaction((comments: ReturnType<typeof listUnindexedComments>) => {
    for (const comment of comments) insertCommentTerms(db, comment, tokenizeComment(comment.text));
  });
  for (;;) {
    const comments = listUnindexedComments(db, siteId, BATCH);
    if (comments.length === 0) return indexed;
    batch(comments);
    indexed += comments.length;
  }
}
