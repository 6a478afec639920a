import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import { responsesWhere, type ViewRange } from '../ranges/viewRange.ts';

/** Comments and "other" reasons in the range. */
export function countComments(db: Db, range: ViewRange): number {
  return statement(
    db,
    `SELECT count(*) FROM responses WHERE ${responsesWhere(range)} AND (comment IS NOT NULL OR other_text IS NOT NULL)`,
  )
    .pluck()
    .get(range) as number;
}
