import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import { commentTermsWhere, type ViewRange } from '../ranges/viewRange.ts';

const topSql = (range: ViewRange) => `
  SELECT term, count(*) AS count FROM comment_terms
   WHERE ${commentTermsWhere(range)}
   GROUP BY term HAVING count(*) >= @minCount
   ORDER BY count DESC, term
   LIMIT @limit`;

const chosenSql = (range: ViewRange) => `
  SELECT term, count(*) AS count FROM comment_terms
   WHERE ${commentTermsWhere(range)} AND term IN (SELECT value FROM json_each(@terms))
   GROUP BY term`;

/** The most mentioned terms in the range (comments mentioning each), at least minCount, most first. */
export function countTopCommentTerms(db: Db, range: ViewRange, minCount: number, limit: number): Map<string, number> {
  const rows = statement(db, topSql(range)).all({ ...range, minCount, limit }) as { term: string; count: number }[];
  return new Map(rows.map((row) => [row.term, row.count]));
}

/** How many comments in the range mention each of `terms`. */
export function countChosenCommentTerms(db: Db, range: ViewRange, terms: readonly string[]): Map<string, number> {
  const rows = statement(db, chosenSql(range)).all({ ...range, terms: JSON.stringify(terms) }) as { term: string; count: number }[];
  return new Map(rows.map((row) => [row.term, row.count]));
}
