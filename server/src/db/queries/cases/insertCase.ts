import type { CaseStatus } from '../../../../../shared/schemas/cases.ts';
import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';

export interface NewCase {
  siteId: number;
  visitId: string | null;
  status: CaseStatus;
  team: string;
  assignee: number | null;
  problem: string | null;
  createdAt: number;
  firstResponseDueAt: number;
  dueAt: number;
  /** The demo seed gives its cases a history; live cases start with none. */
  firstResponseAt?: number | null;
  resolvedAt?: number | null;
  customerToldAt?: number | null;
  recoveredAt?: number | null;
}

/** Inserts a case (inside the caller's write) and returns its id. */
export function insertCase(db: Db, c: NewCase): number {
  const row = statement(
    db,
    `INSERT INTO cases (site_id, visit_id, status, team, assignee, problem, created_at, first_response_at, resolved_at,
                        first_response_due_at, due_at, customer_told_at, recovered_at, updated_at)
     VALUES (@siteId, @visitId, @status, @team, @assignee, @problem, @createdAt, @firstResponseAt, @resolvedAt,
             @firstResponseDueAt, @dueAt, @customerToldAt, @recoveredAt, @createdAt)
     RETURNING id`,
  ).get({ firstResponseAt: null, resolvedAt: null, customerToldAt: null, recoveredAt: null, ...c }) as { id: number };
  return row.id;
}

/** The case a visit's complaints go to, if it has one. */
export function findCaseOfVisit(db: Db, siteId: number, visitId: string): number | undefined {
  return statement(db, 'SELECT id FROM cases WHERE site_id = ? AND visit_id = ?').pluck().get(siteId, visitId) as number | undefined;
}

export function linkCaseFeedback(db: Db, caseId: number, feedback: { responseId: string | null; surveyAnswerId: string | null }): void {
  statement(db, 'INSERT OR IGNORE INTO case_feedback (case_id, response_id, survey_answer_id) VALUES (?, ?, ?)').run(
    caseId,
    feedback.responseId,
    feedback.surveyAnswerId,
  );
}
