import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import { COMMENTED_SQL } from '../../migrations/037-fixFirstFilterOptions.ts';
import { responsesWhere, type ViewRange } from '../ranges/viewRange.ts';

export const countCommentsSql = (range: ViewRange) => `SELECT count(*) FROM responses WHERE ${responsesWhere(range)} AND ${COMMENTED_SQL}`;

/** Comments and "other" reasons in the range: counted in the partial index responses_comments (migration 37). */
export function countComments(db: Db, range: ViewRange): number {
  return statement(db, countCommentsSql(range)).pluck().get(range) as number;
}
