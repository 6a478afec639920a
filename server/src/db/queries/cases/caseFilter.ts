import type { CaseStatus } from '../../../../../shared/schemas/cases.ts';
import type { FeedbackKind } from '../../../../../shared/schemas/routingRules.ts';
import { responsesWhere, surveyAnswersWhere, type ViewRange } from '../ranges/viewRange.ts';
import { OVERDUE_SQL } from './caseRow.ts';

/** Which cases a list or the loop reads: created in the range, their feedback passing its view filters. */
export interface CaseFilter {
  range: ViewRange;
  now: number;
  statuses?: CaseStatus[];
  team?: string;
  assignee?: number | 'none';
  overdue?: boolean;
  reasonCategory?: string;
  kind?: FeedbackKind;
  /** Words in its comments. */
  q?: string;
}

const feedbackFiltered = (range: ViewRange) =>
  range.device !== null || range.channel !== null || range.lang !== null || range.paths !== null || range.returning !== null ||
  range.attrKey !== null || range.theme !== null || range.tag !== null;

function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}

/**
 * The WHERE clause over `cases c` and its parameters. A case passes a view
 * filter when one of its pieces of feedback does (a survey answer by the same
 * rules as in the survey views); only the filters given become SQL.
 */
export function caseWhere(filter: CaseFilter): { where: string; params: Record<string, unknown> } {
  const { range } = filter;
  const clauses = ['c.site_id = @siteId', 'c.created_at >= @from', 'c.created_at < @to'];
  const params: Record<string, unknown> = { ...range, now: filter.now };
  if (filter.statuses) {
    clauses.push('c.status IN (SELECT value FROM json_each(@statuses))');
    params.statuses = JSON.stringify(filter.statuses);
  }
  if (filter.team) {
    clauses.push('c.team = @team');
    params.team = filter.team;
  }
  if (filter.assignee === 'none') clauses.push('c.assignee IS NULL');
  else if (filter.assignee !== undefined) {
    clauses.push('c.assignee = @assignee');
    params.assignee = filter.assignee;
  }
  if (filter.overdue !== undefined) clauses.push(filter.overdue ? OVERDUE_SQL : `NOT ${OVERDUE_SQL}`);
  if (feedbackFiltered(range)) {
    clauses.push(`EXISTS (SELECT 1 FROM case_feedback f WHERE f.case_id = c.id
      AND (f.response_id IN (SELECT id FROM responses WHERE ${responsesWhere(range)})
        OR f.survey_answer_id IN (SELECT id FROM survey_answers WHERE ${surveyAnswersWhere(range)})))`);
  }
  const onResponses: string[] = [];
  if (filter.reasonCategory) {
    onResponses.push('r.reason_category = @reasonCategory');
    params.reasonCategory = filter.reasonCategory;
  }
  if (filter.kind === 'page_rating') onResponses.push('r.reason IS NULL');
  if (filter.kind === 'abandon_reason') onResponses.push('r.reason IS NOT NULL');
  if (filter.q) {
    onResponses.push(`(r.comment LIKE @q ESCAPE '\\' OR r.other_text LIKE @q ESCAPE '\\')`);
    params.q = likePattern(filter.q);
  }
  if (onResponses.length) {
    clauses.push(`EXISTS (SELECT 1 FROM case_feedback f JOIN responses r ON r.id = f.response_id WHERE f.case_id = c.id AND ${onResponses.join(' AND ')})`);
  }
  if (filter.kind === 'survey_answer') clauses.push('EXISTS (SELECT 1 FROM case_feedback f WHERE f.case_id = c.id AND f.survey_answer_id IS NOT NULL)');
  return { where: clauses.join('\n  AND '), params };
}
