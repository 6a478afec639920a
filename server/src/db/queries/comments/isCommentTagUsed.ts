import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';

/** True when any of a site's comments carries the tag (one comment_tags_tag index probe). */
export function isCommentTagUsed(db: Db, siteId: number, tag: string): boolean {
  return statement(db, 'SELECT 1 FROM comment_tags WHERE site_id = ? AND tag = ? LIMIT 1').get(siteId, tag) !== undefined;
}
