import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';

export interface UnindexedComment {
  id: string;
  site_id: number;
  created_at: number;
  path: string;
  device: string | null;
  channel: string;
  lang: string | null;
  text: string;
}

/** Up to `limit` comments, of any site, not yet split into terms (read through the partial index responses_terms_pending). */
export function listUnindexedComments(db: Db, limit: number): UnindexedComment[] {
  return statement(
    db,
    `SELECT id, site_id, created_at, path, device, channel, lang,
            trim(coalesce(comment, '') || ' ' || coalesce(other_text, '')) AS text
       FROM responses INDEXED BY responses_terms_pending
      WHERE terms_indexed = 0 AND (comment IS NOT NULL OR other_text IS NOT NULL)
      LIMIT ?`,
  ).all(limit) as UnindexedComment[];
}
