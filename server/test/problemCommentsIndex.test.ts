import { describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/openDatabase.ts';
import { countCommentsSql } from '../src/db/queries/comments/countComments.ts';
import { problemCommentsSql } from '../src/db/queries/comments/getProblemComments.ts';
import { unfilteredRange, type ViewRange } from '../src/db/queries/ranges/viewRange.ts';

// Fix first's complaints are read from the partial index that holds only them
// (migration 37), not by looking up every response of the range: at ten
// million responses a year that was most of the view's time. SQLite picks a
// partial index only when the query's WHERE holds the index's own term.

function planOf(sql: (range: ViewRange) => string, range: ViewRange): string {
  const db = openDatabase(':memory:');
  const rows = db.prepare(`EXPLAIN QUERY PLAN ${sql(range)}`).all({ ...range, perPath: 3 }) as { detail: string }[];
  db.close();
  return rows.map(({ detail }) => detail).join('\n');
}

describe('fix first’s complaints', () => {
  it('are read from responses_problem_comments alone when unfiltered', () => {
    expect(planOf(problemCommentsSql, unfilteredRange({ siteId: 1, from: 0, to: 86_400_000 }))).toContain('USING COVERING INDEX responses_problem_comments');
  });


  it('and the themes’ count of comments are read from their partial indexes alone', () => {
    expect(planOf(countCommentsSql, unfilteredRange({ siteId: 1, from: 0, to: 86_400_000 }))).toContain('USING INDEX responses_comments');
  });
});
