import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import { CASE_COLUMNS, CASE_FROM, OVERDUE_SQL, type CaseRow } from '../cases/caseRow.ts';

export interface CaseChange {
  id: number;
  field: string;
  actor: string | null;
  from: string | null;
  to: string | null;
  at: number;
  siteKey: string;
  case: CaseRow;
}

/** Entries of the cases' audit trail after `id`, oldest first, each with its case as it is now and its site's key. */
export function caseChangesAfter(db: Db, id: number, limit: number): CaseChange[] {
  const rows = statement(
    db,
    `SELECT e.id AS eventId, e.field, e.actor, e.from_value AS fromValue, e.to_value AS toValue, e.created_at AS at, s.key AS siteKey, ${CASE_COLUMNS}
       FROM case_events e JOIN cases c ON c.id = e.case_id LEFT JOIN users u ON u.id = c.assignee JOIN sites s ON s.id = c.site_id
      WHERE e.id > ? ORDER BY e.id LIMIT ?`,
  ).all(id, limit) as (CaseRow & { eventId: number; field: string; actor: string | null; fromValue: string | null; toValue: string | null; at: number; siteKey: string })[];
  return rows.map(({ eventId, field, actor, fromValue, toValue, at, siteKey, ...row }) => ({ id: eventId, field, actor, from: fromValue, to: toValue, at, siteKey, case: row }));
}

/** The latest audit entry's id: where the cursor goes when the trail has nothing newer. */
export function lastCaseEventId(db: Db): number {
  return statement(db, 'SELECT coalesce(max(id), 0) FROM case_events').pluck().get() as number;
}

/** Open cases past a due time whose `case.overdue` has not been sent, with their site's key. */
export function newlyOverdueCases(db: Db, now: number): (CaseRow & { siteKey: string })[] {
  return statement(
    db,
    `SELECT ${CASE_COLUMNS}, s.key AS siteKey FROM ${CASE_FROM} JOIN sites s ON s.id = c.site_id
      WHERE ${OVERDUE_SQL} AND NOT EXISTS (SELECT 1 FROM case_overdue_events o WHERE o.case_id = c.id)
      ORDER BY c.id`,
  ).all({ now }) as (CaseRow & { siteKey: string })[];
}

export function markOverdueSent(db: Db, caseId: number, now: number): void {
  statement(db, 'INSERT INTO case_overdue_events (case_id, sent_at) VALUES (?, ?) ON CONFLICT DO NOTHING').run(caseId, now);
}
