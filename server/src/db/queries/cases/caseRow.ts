import type { CaseStatus, CaseSummary } from '../../../../../shared/schemas/cases.ts';

/**
 * The columns of a case as the API shows it, over `cases c`. `canReply`: one of
 * its responses carries a contact given with consent that has not opted out.
 */
export const CASE_COLUMNS = `
  c.id, c.site_id AS siteId, c.visit_id AS visitId, c.status, c.team, c.assignee, u.email AS assigneeEmail,
  c.created_at AS createdAt, c.first_response_at AS firstResponseAt, c.resolved_at AS resolvedAt,
  c.first_response_due_at AS firstResponseDueAt, c.due_at AS dueAt, c.customer_told_at AS customerToldAt,
  c.recovered_at AS recoveredAt, c.problem,
  EXISTS (SELECT 1 FROM case_feedback f JOIN responses r ON r.id = f.response_id
           WHERE f.case_id = c.id AND r.contact_email IS NOT NULL
             AND NOT EXISTS (SELECT 1 FROM mail_opt_outs o WHERE o.site_id = c.site_id AND o.email = r.contact_email)) AS canReply`;
export const CASE_FROM = `cases c LEFT JOIN users u ON u.id = c.assignee`;

/** Open and past a due time (the first response's while none was given, else the resolution's); `@now` bound. */
export const OVERDUE_SQL = `(c.status IN ('new', 'in_progress', 'waiting_on_customer')
  AND (@now >= c.due_at OR (c.first_response_at IS NULL AND @now >= c.first_response_due_at)))`;

export interface CaseRow {
  id: number;
  siteId: number;
  visitId: string | null;
  status: CaseStatus;
  team: string;
  assignee: number | null;
  assigneeEmail: string | null;
  createdAt: number;
  firstResponseAt: number | null;
  resolvedAt: number | null;
  firstResponseDueAt: number;
  dueAt: number;
  customerToldAt: number | null;
  recoveredAt: number | null;
  problem: string | null;
  canReply: 0 | 1;
}

const iso = (ms: number) => new Date(ms).toISOString();
const isoOrNull = (ms: number | null) => (ms === null ? null : iso(ms));

export function isOverdue(row: Pick<CaseRow, 'status' | 'dueAt' | 'firstResponseAt' | 'firstResponseDueAt'>, now: number): boolean {
  const open = row.status === 'new' || row.status === 'in_progress' || row.status === 'waiting_on_customer';
  return open && (now >= row.dueAt || (row.firstResponseAt === null && now >= row.firstResponseDueAt));
}

/** A case for the API; its feedback is added by the caller. */
export function toCaseSummary(row: CaseRow, now: number, feedback: CaseSummary['feedback']): CaseSummary {
  return {
    id: row.id,
    status: row.status,
    team: row.team,
    assignee: row.assignee,
    assigneeEmail: row.assigneeEmail,
    createdAt: iso(row.createdAt),
    firstResponseAt: isoOrNull(row.firstResponseAt),
    resolvedAt: isoOrNull(row.resolvedAt),
    dueAt: iso(row.dueAt),
    firstResponseDueAt: iso(row.firstResponseDueAt),
    overdue: isOverdue(row, now),
    customerTold: row.customerToldAt !== null,
    customerToldAt: isoOrNull(row.customerToldAt),
    recoveredAt: isoOrNull(row.recoveredAt),
    problem: row.problem,
    canReply: row.canReply === 1,
    feedback,
  };
}
