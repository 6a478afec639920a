import type { CommentTagSet } from '../../../../../shared/schemas/commentTagSet.ts';
import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';

/** The tag set a site saved, in order; undefined while it has the defaults. */
export function findCommentTagSet(db: Db, siteId: number): CommentTagSet['tags'] | undefined {
  const tags = statement(db, 'SELECT tags FROM comment_tag_sets WHERE site_id = ?').pluck().get(siteId) as string | undefined;
  return tags === undefined ? undefined : (JSON.parse(tags) as CommentTagSet['tags']);
}
