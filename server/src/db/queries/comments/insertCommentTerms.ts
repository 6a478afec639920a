import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import type { UnindexedComment } from './listUnindexedComments.ts';

/** Stores a comment's terms with its filter columns; call inside write(). */
export function insertCommentTerms(db: Db, comment: UnindexedComment, terms: readonly string[]): void {
  const insert = statement(
    db,
    `INSERT OR IGNORE INTO comment_terms (response_id, term, site_id, created_at, path, device, channel, lang)
     VALUES (@id, @term, @site_id, @created_at, @path, @device, @channel, @lang)`,
  );
  for (const term of terms) insert.run({ ...comment, text: undefined, term });
}
