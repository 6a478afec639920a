import { PROBLEM_COMMENT_SQL } from '../../migrations/037-fixFirstFilterOptions.ts';
import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import { responsesWhere, type ViewRange } from '../ranges/viewRange.ts';

export interface ProblemComment {
  path: string;
  text: string;
  /** When it was last written. */
  createdAt: number;
}

// What went wrong, in shoppers' words: comments with a rating of 1–2, and what
// was written with a "What stopped you?" answer ("other" text, then comment).
// Grouped by text, so fifteen identical answers take one place, not fifteen.
// Read from the partial index responses_problem_comments (migration 37), which holds only these.
export const problemCommentsSql = (range: ViewRange) => `
  SELECT path, text, createdAt
    FROM (
      SELECT path, text, max(created_at) AS createdAt,
             row_number() OVER (PARTITION BY path ORDER BY max(created_at) DESC, text) AS rank
        FROM (
          SELECT path, created_at,
                 CASE WHEN type = 'abandon_reason'
                      THEN coalesce(other_text || ' — ' || comment, other_text, comment)
                      ELSE comment END AS text
            FROM responses
           WHERE ${responsesWhere(range)}
             AND ${PROBLEM_COMMENT_SQL}
        )
       GROUP BY path, text
    )
   WHERE rank <= @perPath
   ORDER BY createdAt DESC, text`;

/** The latest few different complaints per page, latest first. */
export function getProblemComments(db: Db, range: ViewRange, perPath = 3): ProblemComment[] {
  return statement(db, problemCommentsSql(range)).all({ ...range, perPath }) as ProblemComment[];
}
