import type { CommentTagSet } from '../../../../../shared/schemas/commentTagSet.ts';
import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import { write } from '../../write.ts';

/**
 * Stores a site's tag set and takes every tag outside it off the site's
 * comments, in one transaction; answers how many comments lost each tag.
 */
export function replaceCommentTagSet(db: Db, siteId: number, tags: CommentTagSet['tags'], now: number): Map<string, number> {
  const keys = JSON.stringify(tags.map((tag) => tag.key));
  return write(db, () => {
    statement(
      db,
      `INSERT INTO comment_tag_sets (site_id, tags, updated_at) VALUES (?, ?, ?)
       ON CONFLICT(site_id) DO UPDATE SET tags = excluded.tags, updated_at = excluded.updated_at`,
    ).run(siteId, JSON.stringify(tags), now);
    const outside = 'site_id = ? AND tag NOT IN (SELECT value FROM json_each(?))';
    const lost = statement(db, `SELECT tag, count(*) AS comments FROM comment_tags WHERE ${outside} GROUP BY tag`).all(siteId, keys) as {
      tag: string;
      comments: number;
    }[];
    statement(db, `DELETE FROM comment_tags WHERE ${outside}`).run(siteId, keys);
    return new Map(lost.map((row) => [row.tag, row.comments]));
  });
}
