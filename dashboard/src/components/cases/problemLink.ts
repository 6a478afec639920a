import { insightLink, type InsightQuery } from '../../state/insightQuery.ts';

/**
 * A case's fix-first problem (`kind:key`, as the server names it) as words and
 * the view that shows it: a touchpoint or page in fix first, filtered to it; a
 * "What stopped you?" reason in its journey's abandonment view.
 */
export function problemLink(problem: string, query: InsightQuery): { label: string; href: string } {
  const colon = problem.indexOf(':');
  const kind = problem.slice(0, colon);
  const key = problem.slice(colon + 1);
  const base = { ...query, filters: {} };
  if (kind === 'touchpoint') return { label: `Touchpoint “${key}”`, href: insightLink('/fix-first', { ...base, filters: { touchpoint: key } }) };
  if (kind === 'page') return { label: `Page ${key}`, href: insightLink('/fix-first', { ...base, filters: { path: key } }) };
  if (kind === 'abandon_reason') {
    const [journey = '', step = '', reason = ''] = key.split('/');
    const href = `${insightLink('/journeys', base)}&journey=${encodeURIComponent(journey)}`;
    return { label: `“${reason.replace(/_/g, ' ')}” at ${step} (${journey})`, href };
  }
  return { label: problem, href: insightLink('/fix-first', base) };
}
