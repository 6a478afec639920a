import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import { commentTermsWhere, type ViewRange } from '../ranges/viewRange.ts';
import { termRowsSql } from './termRows.ts';

const CHOSEN = 'term IN (SELECT value FROM json_each(@terms))';

const topSql = (range: ViewRange) => `
  SELECT term, count(*) AS count FROM comment_terms
   WHERE ${commentTermsWhere(range)}
   GROUP BY term HAVING count(*) >= @minCount
   ORDER BY count DESC, term
   LIMIT @limit`;

const chosenSql = (range: ViewRange) => `
  SELECT term, count(*) AS count FROM comment_terms
   WHERE ${commentTermsWhere(range)} AND ${CHOSEN}
   GROUP BY term`;

/** The same over the rollups' rows (termRows.ts): the same counts, so the same order and answer. */
const rolledTopSql = (rows: string) => `
  SELECT term, sum(mentions) AS count FROM (${rows})
   GROUP BY term HAVING sum(mentions) >= @minCount
   ORDER BY count DESC, term
   LIMIT @limit`;
const rolledChosenSql = (rows: string) => `SELECT term, sum(mentions) AS count FROM (${rows}) GROUP BY term`;

type TermCount = { term: string; count: number };

/** The most mentioned terms in the range (comments mentioning each), at least minCount, most first. */
export function countTopCommentTerms(db: Db, range: ViewRange, minCount: number, limit: number): Map<string, number> {
  const rolled = termRowsSql(db, range);
  const rows = (
    rolled
      ? statement(db, rolledTopSql(rolled.sql)).all({ ...rolled.params, minCount, limit })
      : statement(db, topSql(range)).all({ ...range, minCount, limit })
  ) as TermCount[];
  return new Map(rows.map((row) => [row.term, row.count]));
}

/** How many comments in the range mention each of `terms`. */
export function countChosenCommentTerms(db: Db, range: ViewRange, terms: readonly string[]): Map<string, number> {
  const rolled = termRowsSql(db, range, CHOSEN);
  const json = JSON.stringify(terms);
  const rows = (
    rolled
      ? statement(db, rolledChosenSql(rolled.sql)).all({ ...rolled.params, terms: json })
      : statement(db, chosenSql(range)).all({ ...range, terms: json })
  ) as TermCount[];
  return new Map(rows.map((row) => [row.term, row.count]));
}
