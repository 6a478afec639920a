import type { Db } from '../../openDatabase.ts';
import { edgeParts } from '../ranges/edgeParts.ts';
import { ratingDaysPlan } from '../ranges/ratingDaysPlan.ts';
import type { ViewRange } from '../ranges/viewRange.ts';

export interface TermRowsSql {
  sql: string;
  params: Record<string, unknown>;
}

/** Whether the range sets a filter: term_days and term_hours count terms per site only. */
const filtered = (range: ViewRange) =>
  range.device !== null ||
  range.channel !== null ||
  range.lang !== null ||
  range.paths !== null ||
  range.returning !== null ||
  range.attrKey !== null ||
  range.theme !== null ||
  range.tag !== null;

/**
 * The range's comment terms as rows of (term, mentions) to sum, or null when
 * the rollups (migration 36) cannot serve it: a filter, or whatever keeps
 * rating_days from serving it (ratingDaysPlan.ts: no whole local day, a zone
 * recount under way, stale offsets), since term_days is counted in the same
 * days and recounted with it. Whole local days come from term_days, the edges'
 * whole UTC hours from term_hours and the part of an hour at each end from
 * comment_terms itself. `where` narrows every part (a list of terms).
 */
export function termRowsSql(db: Db, range: ViewRange, where = ''): TermRowsSql | null {
  if (filtered(range)) return null;
  const plan = ratingDaysPlan(db, range);
  if (!plan) return null;
  const params: Record<string, unknown> = { siteId: range.siteId, dayFrom: plan.dayFrom, dayTo: plan.dayTo };
  const and = where ? ` AND ${where}` : '';
  const edge = (from: number, to: number) =>
    edgeParts(from, to, true).map(({ hours, ...bounds }) => {
      const name = `edge${Object.keys(params).length}`;
      params[`${name}From`] = bounds.from;
      params[`${name}To`] = bounds.to;
      return hours
        ? `
  SELECT term, mentions FROM term_hours WHERE site_id = @siteId AND hour >= @${name}From AND hour < @${name}To${and}`
        : `
  SELECT term, 1 FROM comment_terms WHERE site_id = @siteId AND created_at >= @${name}From AND created_at < @${name}To${and}`;
    });
  const parts = [
    `
  SELECT term, mentions FROM term_days WHERE site_id = @siteId AND day >= @dayFrom AND day < @dayTo${and}`,
    ...edge(range.from, plan.headTo),
    ...edge(plan.tailFrom, range.to),
  ];
  return { sql: parts.join('\n  UNION ALL'), params };
}
