import { onRatingScale } from '../../../shared/scores/onRatingScale.ts';
import type { RolledUpVisits } from '../db/queries/responses/getRolledUpVisits.ts';
import type { VisitMoment } from '../db/queries/responses/getVisitMoments.ts';

/** An abandonment is the worst experience on the 1–5 scale. */
export const ABANDONED = 1;

/**
 * What peak–end needs of a visit with two or more ratings (page ratings and
 * CSAT/CES answers on the 1–5 scale): their count, sum and extremes, the end,
 * and the visit's NPS answer. A trailing abandonment is not in `rated`/`total`.
 */
export interface PeakEndVisit {
  /** How many visits alike in all of the below this stands for. */
  visits: number;
  rated: number;
  total: number;
  low: number;
  high: number;
  /** The last rating: by time, then id. */
  lastRating: number;
  lastPath: string;
  /** Where the visit was abandoned at or after its last rating; null when it was not. */
  abandonedPath: string | null;
  nps: number | null;
}

/**
 * Whether `a` is the one of two moments of a kind that counts as the last: the
 * later, and at the same millisecond the lower value, then the first path. One
 * order for the exact path and the rollup (ORDER BY at DESC, value, path).
 */
function later(a: VisitMoment, b: VisitMoment): boolean {
  if (a.created_at !== b.created_at) return a.created_at > b.created_at;
  const va = valueOf(a);
  const vb = valueOf(b);
  if (va !== vb) return va === null || (vb !== null && va < vb);
  return a.path < b.path;
}

type Kind = 'rating' | 'abandoned' | 'nps';
const kindOf = (m: VisitMoment): Kind => (m.question_type === null ? 'abandoned' : m.question_type === 'nps' ? 'nps' : 'rating');

/** The moment's value as the rollup sorts it: a rating on the 1–5 scale, an NPS score, none for an abandonment. */
const valueOf = (m: VisitMoment): number | null => {
  const kind = kindOf(m);
  return kind === 'rating' ? ratingOf(m) : kind === 'nps' ? m.score : null;
};

/** The visits with two or more ratings among a range's moments. */
export function visitsFromMoments(moments: readonly VisitMoment[]): PeakEndVisit[] {
  const byVisit = new Map<string, VisitMoment[]>();
  for (const moment of moments) {
    const group = byVisit.get(moment.visit_id);
    if (group) group.push(moment);
    else byVisit.set(moment.visit_id, [moment]);
  }
  const visits: PeakEndVisit[] = [];
  for (const group of byVisit.values()) {
    let last: VisitMoment | undefined;
    let lastAbandon: VisitMoment | undefined;
    let lastNps: VisitMoment | undefined;
    let rated = 0;
    let total = 0;
    let low = Infinity;
    let high = -Infinity;
    for (const m of group) {
      const kind = kindOf(m);
      if (kind === 'abandoned') {
        if (!lastAbandon || later(m, lastAbandon)) lastAbandon = m;
      } else if (kind === 'nps') {
        if (!lastNps || later(m, lastNps)) lastNps = m;
      } else {
        const value = ratingOf(m);
        rated += 1;
        total += value;
        low = Math.min(low, value);
        high = Math.max(high, value);
        if (!last || later(m, last)) last = m;
      }
    }
    if (rated < 2 || !last) continue;
    visits.push({
      visits: 1,
      rated,
      total,
      low,
      high,
      lastRating: ratingOf(last),
      lastPath: last.path,
      abandonedPath: lastAbandon && lastAbandon.created_at >= last.created_at ? lastAbandon.path : null,
      nps: lastNps?.score ?? null,
    });
  }
  return visits;
}

function ratingOf(m: VisitMoment): number {
  return m.question_type === 'csat' || m.question_type === 'ces' ? onRatingScale(m.question_type, m.score!) : m.score!;
}

export function visitFromRollup(row: RolledUpVisits): PeakEndVisit {
  return {
    visits: row.visits,
    rated: row.rated,
    total: row.total,
    low: row.low,
    high: row.high,
    lastRating: row.end_value,
    lastPath: row.end_path,
    abandonedPath: row.abandoned_path,
    nps: row.nps,
  };
}
