import type { ProblemKind } from '../../../../shared/schemas/insightQuery.ts';
import type { Problem } from '../../../../shared/schemas/fixFirst.ts';
import { formatCount } from '../../format.ts';
import type { InsightQuery } from '../../state/insightQuery.ts';
import { formatInsightQuery, insightLink } from '../../state/insightQuery.ts';

export const KIND_LABELS: Record<ProblemKind, string> = {
  touchpoint: 'Touchpoint',
  page: 'Page',
  journey_step: 'Journey step',
  abandon_reason: 'Abandonment reason',
};

/** The filter buttons: every kind, then one kind at a time. */
export const KIND_FILTERS: { kind?: ProblemKind; label: string }[] = [
  { label: 'All' },
  { kind: 'touchpoint', label: 'Touchpoints' },
  { kind: 'page', label: 'Pages' },
  { kind: 'journey_step', label: 'Journey steps' },
  { kind: 'abandon_reason', label: 'Reasons' },
];

/** "28 ratings of 1–2 · 15 abandonments". */
export function impactBreakdown(problem: Pick<Problem, 'kind' | 'negativeRatings' | 'abandonments'>): string {
  const parts: string[] = [];
  if (problem.negativeRatings > 0) parts.push(`${formatCount(problem.negativeRatings)} ${problem.negativeRatings === 1 ? 'rating' : 'ratings'} of 1–2`);
  if (problem.abandonments > 0) {
    const noun = problem.kind === 'abandon_reason' ? 'gave this reason' : problem.abandonments === 1 ? 'abandonment' : 'abandonments';
    parts.push(`${formatCount(problem.abandonments)} ${noun}`);
  }
  return parts.join(' · ');
}

/** "▲ 33 from 10", "▼ 2 from 7", "same as before (5)", "new (none before)". */
export function trendText(problem: Pick<Problem, 'impact' | 'previous'>): string {
  const before = problem.previous.impact;
  if (before === 0) return 'none in the previous period';
  const delta = problem.impact - before;
  if (delta === 0) return `same as the previous period (${formatCount(before)})`;
  return `${delta > 0 ? 'up' : 'down'} ${formatCount(Math.abs(delta))} from ${formatCount(before)}`;
}

/** Where to look deeper: the journey map for a touchpoint, the abandonment view for journey problems. */
export function problemLink(problem: Problem, query: InsightQuery): { href: string; label: string } | null {
  if (problem.kind === 'touchpoint') return { href: insightLink('/journey-map', query), label: 'See on the journey map' };
  if (problem.journey) {
    const params = new URLSearchParams(formatInsightQuery(query));
    params.set('journey', problem.journey);
    return { href: `/journeys?${params}`, label: 'See the funnel' };
  }
  return null;
}
