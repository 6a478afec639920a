import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import type { CaseRow } from './caseRow.ts';

export type CaseState = Pick<
  CaseRow,
  'id' | 'status' | 'team' | 'assignee' | 'firstResponseAt' | 'resolvedAt' | 'firstResponseDueAt' | 'dueAt' | 'customerToldAt' | 'recoveredAt'
>;

/** Writes a case's whole changeable state (inside the caller's write, with its audit events). */
export function updateCase(db: Db, state: CaseState, now: number): void {
  statement(
    db,
    `UPDATE cases SET status = @status, team = @team, assignee = @assignee, first_response_at = @firstResponseAt,
            resolved_at = @resolvedAt, first_response_due_at = @firstResponseDueAt, due_at = @dueAt,
            customer_told_at = @customerToldAt, recovered_at = @recoveredAt, updated_at = @now
      WHERE id = @id`,
  ).run({ ...state, now });
}
