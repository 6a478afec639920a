import type { Comment } from '../../../../../shared/schemas/themes.ts';
import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import { responsesWhere, type ViewRange } from '../ranges/viewRange.ts';

// A theme is found through comment_terms (the tokenizer's own terms: "delivery
// late" is no substring of "delivery was late"). instr() is case-sensitive, so
// both sides are lower-cased (SQLite lowers ASCII only; Chinese has no case).
// No LIKE: '%' and '_' in a search are plain text.
const sql = (range: ViewRange) => `
  SELECT id, path, rating, type, reason, journey, device, channel, lang, created_at,
         trim(coalesce(comment, '') || ' ' || coalesce(other_text, '')) AS text,
         (SELECT json_group_array(tag) FROM (SELECT tag FROM comment_tags WHERE response_id = responses.id ORDER BY tag)) AS tags
    FROM responses
   WHERE ${responsesWhere(range)}
     AND (comment IS NOT NULL OR other_text IS NOT NULL)
     AND (@q IS NULL OR instr(lower(coalesce(comment, '') || ' ' || coalesce(other_text, '')), lower(@q)) > 0)
   ORDER BY created_at DESC, id
   LIMIT @limit OFFSET @offset`;

type Row = Omit<Comment, 'createdAt' | 'tags' | 'reasonLabel'> & { journey: string | null; created_at: number; tags: string };

/** A comment as stored; the journey of an abandonment answer gives its reason's label (insight/findComments.ts). */
export type RangeComment = Omit<Comment, 'reasonLabel'> & { journey: string | null };

export interface CommentSearch {
  q: string | null;
  limit: number;
  offset: number;
}

/** One page of the range's comments, latest first. */
export function findRangeComments(db: Db, range: ViewRange, search: CommentSearch): RangeComment[] {
  const rows = statement(db, sql(range)).all({ ...range, ...search }) as Row[];
  return rows.map(({ created_at, tags, ...rest }) => ({
    ...rest,
    createdAt: new Date(created_at).toISOString(),
    tags: JSON.parse(tags) as string[],
  }));
}
