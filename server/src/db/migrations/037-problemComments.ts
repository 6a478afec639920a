import { NEGATIVE_RATING_MAX } from '../../../../shared/scores/ratingScale.ts';
import type { Migration } from './Migration.ts';

// Migration 37 (issue 16): fix first's complaints (db/queries/comments/getProblemComments.ts)
// read every response of the range from the table, about 820 000 row lookups
// for a month of a ten-million-a-year site, to keep the one in seven that is
// a complaint. This partial index holds only those, with what the query
// reads, so it reads them alone. Released SQL: change it only through a new migration.

/**
 * A complaint: a comment with a rating of 1–2, or what was written with a
 * "What stopped you?" answer. SQLite uses the partial index only for a query
 * whose WHERE holds this very term, so the query takes it from here.
 */
export const PROBLEM_COMMENT_SQL = `((rating <= ${NEGATIVE_RATING_MAX} AND comment IS NOT NULL)
                  OR (type = 'abandon_reason' AND (comment IS NOT NULL OR other_text IS NOT NULL)))`;

export const problemComments: Migration = {
  version: 37,
  name: 'responses_problem_comments: the complaints fix first reads, indexed alone',
  sql: `
  CREATE INDEX responses_problem_comments ON responses(site_id, created_at, path, type, rating, comment, other_text)
   WHERE ${PROBLEM_COMMENT_SQL};
`,
};
