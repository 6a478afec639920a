import type { Comment } from '../../../../shared/schemas/themes.ts';
import type { Db } from '../openDatabase.ts';
import { statement } from '../statement.ts';
import { VIEW_RANGE_WHERE, type ViewRange } from './viewRange.ts';

// A theme is found through comment_terms (the tokenizer's own terms: "delivery
// late" is no substring of "delivery was late"). instr() is case-sensitive, so
// both sides are lower-cased (SQLite lowers ASCII only; Chinese has no case).
// No LIKE: '%' and '_' in a search are plain text.
const SQL = `
  SELECT id, path, rating, type, reason, device, channel, lang, created_at,
         trim(coalesce(comment, '') || ' ' || coalesce(other_text, '')) AS text,
         (SELECT json_group_array(tag) FROM (SELECT tag FROM comment_tags WHERE response_id = responses.id ORDER BY tag)) AS tags
    FROM responses
   WHERE ${VIEW_RANGE_WHERE}
     AND (comment IS NOT NULL OR other_text IS NOT NULL)
     AND (@q IS NULL OR instr(lower(coalesce(comment, '') || ' ' || coalesce(other_text, '')), lower(@q)) > 0)
     AND (@term IS NULL OR id IN (SELECT response_id FROM comment_terms
                                   WHERE site_id = @siteId AND term = @term AND created_at >= @from AND created_at < @to))
     AND (@tag IS NULL OR id IN (SELECT response_id FROM comment_tags
                                  WHERE site_id = @siteId AND tag = @tag AND created_at >= @from AND created_at < @to))
   ORDER BY created_at DESC, id
   LIMIT @limit OFFSET @offset`;

type Row = Omit<Comment, 'createdAt' | 'tags'> & { created_at: number; tags: string };

export interface CommentSearch {
  q: string | null;
  /** A theme; its comments must be indexed first (indexCommentTerms). */
  term: string | null;
  tag: string | null;
  limit: number;
  offset: number;
}

/** One page of the range's comments, latest first. */
export function findRangeComments(db: Db, range: ViewRange, search: CommentSearch): Comment[] {
  const rows = statement(db, SQL).all({ ...range, ...search }) as Row[];
  return rows.map(({ created_at, tags, ...rest }) => ({
    ...rest,
    createdAt: new Date(created_at).toISOString(),
    tags: JSON.parse(tags) as string[],
  }));
}
