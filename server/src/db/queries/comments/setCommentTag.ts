import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import { write } from '../../write.ts';

/**
 * Puts a tag on one of a site's comments (again is a no-op) or takes it off;
 * false when the site has no such comment. Then the comment's tags.
 */
export function setCommentTag(db: Db, siteId: number, responseId: string, tag: string, on: boolean): string[] | null {
  return write(db, () => {
    const found = statement(
      db,
      'SELECT created_at FROM responses WHERE site_id = ? AND id = ? AND (comment IS NOT NULL OR other_text IS NOT NULL)',
    ).get(siteId, responseId) as { created_at: number } | undefined;
    if (!found) return null;
    if (on) {
      statement(db, 'INSERT OR IGNORE INTO comment_tags (response_id, tag, site_id, created_at) VALUES (?, ?, ?, ?)').run(
        responseId,
        tag,
        siteId,
        found.created_at,
      );
    } else {
      statement(db, 'DELETE FROM comment_tags WHERE response_id = ? AND tag = ?').run(responseId, tag);
    }
    return statement(db, 'SELECT tag FROM comment_tags WHERE response_id = ? ORDER BY tag').pluck().all(responseId) as string[];
  });
}
