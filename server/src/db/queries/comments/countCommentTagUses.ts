import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';

/** How many of a site's comments carry each tag (any date), from the comment_tags_tag index alone. */
export function countCommentTagUses(db: Db, siteId: number): Map<string, number> {
  const rows = statement(db, 'SELECT tag, count(*) AS comments FROM comment_tags WHERE site_id = ? GROUP BY tag').all(siteId) as {
    tag: string;
    comments: number;
  }[];
  return new Map(rows.map((row) => [row.tag, row.comments]));
}
