import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import { CASE_COLUMNS, CASE_FROM, type CaseRow } from './caseRow.ts';

/** A problem's cases still open, oldest first. */
export function listOpenCasesOfProblem(db: Db, siteId: number, problem: string): CaseRow[] {
  return statement(
    db,
    `SELECT ${CASE_COLUMNS} FROM ${CASE_FROM}
      WHERE c.site_id = ? AND c.problem = ? AND c.status IN ('new', 'in_progress', 'waiting_on_customer') ORDER BY c.created_at, c.id`,
  ).all(siteId, problem) as CaseRow[];
}
