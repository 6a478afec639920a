import type { CaseEvent } from '../../../../../shared/schemas/cases.ts';
import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';

export interface NewCaseEvent {
  caseId: number;
  /** An account's e-mail; null for the system or the admin token. */
  actor: string | null;
  field: CaseEvent['field'];
  from: string | null;
  to: string | null;
  at: number;
}

/** One line of the audit trail, inside the write that made the change. */
export function insertCaseEvent(db: Db, event: NewCaseEvent): void {
  statement(
    db,
    'INSERT INTO case_events (case_id, actor, field, from_value, to_value, created_at) VALUES (@caseId, @actor, @field, @from, @to, @at)',
  ).run(event);
}

export function listCaseEvents(db: Db, caseId: number): CaseEvent[] {
  const rows = statement(
    db,
    'SELECT id, actor, field, from_value AS "from", to_value AS "to", created_at AS at FROM case_events WHERE case_id = ? ORDER BY id',
  ).all(caseId) as (Omit<CaseEvent, 'at'> & { at: number })[];
  return rows.map((row) => ({ ...row, at: new Date(row.at).toISOString() }));
}
