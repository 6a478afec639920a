import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import { caseWhere, type CaseFilter } from './caseFilter.ts';
import type { CaseRow } from './caseRow.ts';

export type LoopCase = Pick<
  CaseRow,
  'team' | 'status' | 'createdAt' | 'firstResponseAt' | 'resolvedAt' | 'firstResponseDueAt' | 'dueAt' | 'customerToldAt' | 'recoveredAt'
>;

/** The timings of the cases a filter passes: what the loop's figures are computed from. */
export function listLoopCases(db: Db, filter: CaseFilter): LoopCase[] {
  const { where, params } = caseWhere(filter);
  return statement(
    db,
    `SELECT c.team, c.status, c.created_at AS createdAt, c.first_response_at AS firstResponseAt, c.resolved_at AS resolvedAt,
            c.first_response_due_at AS firstResponseDueAt, c.due_at AS dueAt, c.customer_told_at AS customerToldAt,
            c.recovered_at AS recoveredAt
       FROM cases c WHERE ${where}`,
  ).all(params) as LoopCase[];
}
