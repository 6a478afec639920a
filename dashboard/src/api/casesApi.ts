import type { ProblemResolveResult } from '../../../shared/schemas/caseAnswers.ts';
import type { CaseBulk, CaseDetail, CaseList, CaseNote, CasePatch, CaseStatus, ProblemResolve } from '../../../shared/schemas/cases.ts';
import type { Loop } from '../../../shared/schemas/loop.ts';
import type { RoutingDryRunResult, RoutingRules } from '../../../shared/schemas/routingRules.ts';
import type { SentMailList } from '../../../shared/schemas/sentMail.ts';
import type { Teams, TeamsInput } from '../../../shared/schemas/teams.ts';
import { apiRequest } from './client.ts';
import type { SummaryRange, ViewFilterValues } from '../state/viewFilters.ts';
import { viewQuery } from '../state/viewFilters.ts';

// Cases, teams, routing, the loop and sent mail (issue 13).

function sitePath(siteKey: string, rest: string, query?: URLSearchParams): string {
  const search = query?.toString();
  return `/api/sites/${encodeURIComponent(siteKey)}/${rest}${search ? `?${search}` : ''}`;
}

/** What the inbox narrows the cases by, besides the range and the view filters. */
export interface CaseFilters {
  status?: CaseStatus;
  team?: string;
  /** A user id, or `none` for the unassigned. */
  assignee?: number | 'none';
  overdue?: boolean;
  reasonCategory?: string;
  q?: string;
  /** Oldest first unless `impact`: an inbox is worked from the longest waiting. */
  sort?: 'impact';
}

export function listCases(
  siteKey: string,
  range: SummaryRange,
  filters: ViewFilterValues,
  cases: CaseFilters & { limit?: number },
  signal?: AbortSignal,
) {
  const query = viewQuery(range, filters, {
    status: cases.status,
    team: cases.team,
    assignee: cases.assignee,
    overdue: cases.overdue ? 'true' : undefined,
    reasonCategory: cases.reasonCategory,
    q: cases.q,
    sort: cases.sort ?? 'oldest',
    limit: cases.limit,
  });
  return apiRequest<CaseList>(sitePath(siteKey, 'cases', query), { signal });
}

/** Every case of the site, whatever its date, counted by status: the navigation's figure. */
export function countCases(siteKey: string, signal?: AbortSignal) {
  return apiRequest<CaseList>(sitePath(siteKey, 'cases', new URLSearchParams({ limit: '1' })), { signal });
}

export function getCase(siteKey: string, id: number, signal?: AbortSignal) {
  return apiRequest<CaseDetail>(sitePath(siteKey, `cases/${id}`), { signal });
}

export function patchCase(siteKey: string, id: number, patch: CasePatch) {
  return apiRequest<unknown>(sitePath(siteKey, `cases/${id}`), { method: 'PATCH', body: patch });
}

/** The same change on many cases, in one transaction. */
export function changeCases(siteKey: string, bulk: CaseBulk) {
  return apiRequest<unknown>(sitePath(siteKey, 'cases/bulk'), { method: 'POST', body: bulk });
}

export function addCaseNote(siteKey: string, id: number, text: string) {
  return apiRequest<CaseNote>(sitePath(siteKey, `cases/${id}/notes`), { method: 'POST', body: { text } });
}

export function replyToCase(siteKey: string, id: number, text: string, lang: string) {
  return apiRequest<unknown>(sitePath(siteKey, `cases/${id}/reply`), { method: 'POST', body: { text, lang } });
}

/** The problem is fixed: its open cases resolved at once and, with `text`, their customers told in one message. */
export function resolveProblem(siteKey: string, input: ProblemResolve) {
  return apiRequest<ProblemResolveResult>(sitePath(siteKey, 'problems/resolve'), { method: 'POST', body: input });
}

/** Someone a case can be given to: the site's members and admins. */
export interface Assignee {
  id: number;
  email: string;
}

export async function getAssignees(siteKey: string, signal?: AbortSignal): Promise<Assignee[]> {
  return (await apiRequest<{ assignees: Assignee[] }>(sitePath(siteKey, 'assignees'), { signal })).assignees;
}

export function getTeams(siteKey: string, signal?: AbortSignal) {
  return apiRequest<Teams>(sitePath(siteKey, 'teams'), { signal });
}

export function saveTeams(siteKey: string, teams: TeamsInput) {
  return apiRequest<Teams>(sitePath(siteKey, 'teams'), { method: 'PUT', body: teams });
}

export function getRoutingRules(siteKey: string, signal?: AbortSignal) {
  return apiRequest<RoutingRules>(sitePath(siteKey, 'routing-rules'), { signal });
}

export function saveRoutingRules(siteKey: string, rules: RoutingRules) {
  return apiRequest<RoutingRules>(sitePath(siteKey, 'routing-rules'), { method: 'PUT', body: rules });
}

/** How many of last week's cases each rule would have caught, before saving. */
export function dryRunRouting(siteKey: string, rules: RoutingRules, signal?: AbortSignal) {
  return apiRequest<RoutingDryRunResult>(sitePath(siteKey, 'routing-rules/dry-run'), { method: 'POST', body: { ...rules, days: 7 }, signal });
}

export function getLoop(siteKey: string, range: SummaryRange, filters: ViewFilterValues, signal?: AbortSignal) {
  return apiRequest<Loop>(sitePath(siteKey, 'loop', viewQuery(range, filters)), { signal });
}

export function listSentMail(siteKey: string, limit: number, signal?: AbortSignal) {
  return apiRequest<SentMailList>(sitePath(siteKey, 'sent-mail', new URLSearchParams({ limit: String(limit) })), { signal });
}
