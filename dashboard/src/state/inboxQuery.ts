import type { CaseFilters } from '../api/casesApi.ts';
import { CASE_STATUSES } from '../components/cases/caseLabels.ts';
import { formatInsightQuery, parseInsightQuery, type InsightQuery } from './insightQuery.ts';

/** The inbox's address: the insight query (site, range, view filters) plus what narrows the cases. */
export interface InboxQuery extends InsightQuery {
  cases: CaseFilters;
}

const KEY = /^[a-z0-9][a-z0-9_-]{0,39}$/;
const printable = (value: string, max: number) => value.length <= max && !/[\u0000-\u001f]/.test(value);

// Read without zod, as the view filters are: a value the server would refuse is dropped, meaning "all".
function parseCaseFilters(params: URLSearchParams): CaseFilters {
  const status = params.get('status') ?? '';
  const team = params.get('team') ?? '';
  const assignee = params.get('assignee') ?? '';
  const category = params.get('reasonCategory') ?? '';
  const q = params.get('q')?.trim() ?? '';
  const sort = params.get('sort');
  return {
    status: CASE_STATUSES.find((s) => s === status),
    team: KEY.test(team) ? team : undefined,
    assignee: assignee === 'none' ? 'none' : /^[1-9]\d{0,9}$/.test(assignee) ? Number(assignee) : undefined,
    overdue: params.get('overdue') === 'true' || undefined,
    reasonCategory: KEY.test(category) ? category : undefined,
    q: q && printable(q, 200) ? q : undefined,
    sort: sort === 'impact' ? 'impact' : undefined,
  };
}

export function parseInboxQuery(search: string, now: Date): InboxQuery {
  return { ...parseInsightQuery(search, now), split: undefined, cases: parseCaseFilters(new URLSearchParams(search)) };
}

/** The insight query first, then the case filters that are set, in one fixed order. */
export function formatInboxQuery(query: InboxQuery): string {
  const params = new URLSearchParams(formatInsightQuery({ ...query, split: undefined }));
  const { status, team, assignee, overdue, reasonCategory, q, sort } = query.cases;
  const set: [string, string | undefined][] = [
    ['status', status],
    ['team', team],
    ['assignee', assignee === undefined ? undefined : String(assignee)],
    ['overdue', overdue ? 'true' : undefined],
    ['reasonCategory', reasonCategory],
    ['q', q],
    ['sort', sort === 'impact' ? sort : undefined],
  ];
  for (const [name, value] of set) if (value) params.set(name, value);
  return `?${params}`;
}

/** Whether any case filter narrows the list (the status aside, which every inbox has a tab for). */
export function hasCaseFilters(filters: CaseFilters): boolean {
  return Boolean(filters.team || filters.assignee || filters.overdue || filters.reasonCategory || filters.q);
}
