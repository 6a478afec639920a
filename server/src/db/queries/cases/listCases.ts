import type { CaseCounts } from '../../../../../shared/schemas/cases.ts';
import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import { caseWhere, type CaseFilter } from './caseFilter.ts';
import { CASE_COLUMNS, CASE_FROM, OVERDUE_SQL, type CaseRow } from './caseRow.ts';

const ORDER = {
  newest: 'c.created_at DESC, c.id DESC',
  oldest: 'c.created_at ASC, c.id ASC',
  // Impact: how many open cases share its problem, so one fix answers the most shoppers.
  impact: `(SELECT count(*) FROM cases p WHERE p.site_id = c.site_id AND p.problem = c.problem
              AND p.status IN ('new', 'in_progress', 'waiting_on_customer')) DESC, c.created_at DESC, c.id DESC`,
} as const;

/** One page of cases and whether more follow. */
export function listCases(
  db: Db,
  filter: CaseFilter,
  page: { sort: keyof typeof ORDER; limit: number; offset: number },
): { rows: CaseRow[]; more: boolean; total: number } {
  const { where, params } = caseWhere(filter);
  const rows = statement(db, `SELECT ${CASE_COLUMNS} FROM ${CASE_FROM} WHERE ${where} ORDER BY ${ORDER[page.sort]} LIMIT @limit OFFSET @offset`).all({
    ...params,
    limit: page.limit + 1,
    offset: page.offset,
  }) as CaseRow[];
  const total = statement(db, `SELECT count(*) FROM cases c WHERE ${where}`).pluck().get(params) as number;
  return { rows: rows.slice(0, page.limit), more: rows.length > page.limit, total };
}

/** Cases of a site per status, and how many open ones are overdue: the navigation's counts. */
export function countCases(db: Db, siteId: number, now: number): CaseCounts {
  const counts: CaseCounts = { new: 0, in_progress: 0, waiting_on_customer: 0, resolved: 0, wont_fix: 0, overdue: 0 };
  const rows = statement(db, 'SELECT status, count(*) AS n FROM cases WHERE site_id = ? GROUP BY status').all(siteId) as {
    status: keyof CaseCounts;
    n: number;
  }[];
  for (const row of rows) counts[row.status] = row.n;
  counts.overdue = statement(db, `SELECT count(*) FROM cases c WHERE c.site_id = @siteId AND ${OVERDUE_SQL}`).pluck().get({ siteId, now }) as number;
  return counts;
}
