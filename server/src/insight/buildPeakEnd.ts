import type { DeviationBucket, EndByStage, PeakEnd } from '../../../shared/schemas/peakEnd.ts';
import { DEFAULT_STAGES, type StageKey } from '../../../shared/stages.ts';
import { averageRatingScore } from '../../../shared/scores/averageRating.ts';
import { histogramOf } from '../../../shared/scores/ratingScale.ts';
import { wilsonInterval } from '../../../shared/scores/wilsonInterval.ts';
import { noAnswers, scoreResult, type ScoreResult } from '../../../shared/scores/scoreResult.ts';
import { pagePathOf, touchpointForPath } from '../../../shared/touchpointForPath.ts';
import type { Db } from '../db/openDatabase.ts';
import { getVisitMoments, type VisitMoment } from '../db/queries/getVisitMoments.ts';
import { loadTouchpointMap } from './loadTouchpointMap.ts';
import { periodOf } from './insightPeriods.ts';
import type { ViewPeriods } from './viewPeriods.ts';

/** An abandonment is the worst experience on the 1–5 scale. */
const ABANDONED = 1;
/** Closer than this to the visit's mean, the end neither lifts nor sinks it. */
const SAME = 0.5;
const NEUTRAL = 3;

interface Visit {
  ratings: number[];
  end: number;
  endPath: string;
  abandoned: boolean;
}

/** Visits with two or more ratings; a trailing abandonment (after the last rating) is the end. */
function visitsOf(moments: VisitMoment[]): Visit[] {
  const byVisit = new Map<string, VisitMoment[]>();
  for (const moment of moments) {
    const group = byVisit.get(moment.visit_id);
    if (group) group.push(moment);
    else byVisit.set(moment.visit_id, [moment]);
  }
  const visits: Visit[] = [];
  for (const group of byVisit.values()) {
    let rated = 0;
    for (const m of group) if (m.rating !== null) rated += 1;
    if (rated < 2) continue;
    group.sort((a, b) => a.created_at - b.created_at);
    const last = group[group.length - 1]!;
    const abandoned = last.rating === null;
    const ratings = group.filter((m) => m.rating !== null).map((m) => m.rating!);
    if (abandoned) ratings.push(ABANDONED);
    visits.push({ ratings, end: ratings[ratings.length - 1]!, endPath: last.path, abandoned });
  }
  return visits;
}

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

/** The most extreme rating, the farthest from neutral; a bad one wins a tie (it is remembered more). */
function peakOf(ratings: number[]): number {
  return ratings.reduce((peak, r) => {
    const d = Math.abs(r - NEUTRAL) - Math.abs(peak - NEUTRAL);
    return d > 0 || (d === 0 && r < peak) ? r : peak;
  });
}

function buckets(deltas: number[]): DeviationBucket[] {
  const counts = new Map<number, number>();
  for (const delta of deltas) {
    const bucket = Math.round(delta * 2) / 2 || 0;
    counts.set(bucket, (counts.get(bucket) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => a[0] - b[0]).map(([delta, visits]) => ({ delta, visits }));
}

function share(count: number, n: number): ScoreResult {
  if (n === 0) return noAnswers();
  const { low, high } = wilsonInterval(count, n);
  return scoreResult(count / n, low, high, n);
}

/** A visit mean is not a 1–5 integer, so its interval comes from the t interval of the means themselves. */
function meanOfMeans(means: number[]): ScoreResult {
  if (means.length === 0) return noAnswers();
  const m = mean(means);
  const sd = means.length > 1 ? Math.sqrt(means.reduce((s, x) => s + (x - m) ** 2, 0) / (means.length - 1)) : 0;
  const half = means.length > 1 ? (1.96 * sd) / Math.sqrt(means.length) : 0;
  return scoreResult(m, Math.max(1, m - half), Math.min(5, m + half), means.length);
}

/** Peak–end: does the end of a visit (confirmation, post-purchase, or giving up) lift or sink the whole of it? */
export function buildPeakEnd(db: Db, siteKey: string, periods: ViewPeriods): PeakEnd {
  const visits = visitsOf(getVisitMoments(db, periods.current));
  const map = loadTouchpointMap(db, periods.current.siteId);
  const stageName = (key: StageKey | null) =>
    key === null ? 'On no touchpoint' : (map.stages.find((s) => s.key === key)?.name ?? key);

  // Few pages, many visits: match each page's rules once.
  const stageByPath = new Map<string, StageKey | null>();
  const stageOf = (path: string) => {
    if (!stageByPath.has(path)) stageByPath.set(path, touchpointForPath(map.touchpoints, pagePathOf(path))?.stage ?? null);
    return stageByPath.get(path)!;
  };
  const byStage = new Map<StageKey | null, Visit[]>();
  let below = 0;
  let above = 0;
  for (const visit of visits) {
    const m = mean(visit.ratings);
    if (visit.end <= m - SAME) below += 1;
    if (visit.end >= m + SAME) above += 1;
    const stage = stageOf(visit.endPath);
    const group = byStage.get(stage);
    if (group) group.push(visit);
    else byStage.set(stage, [visit]);
  }
  const order: (StageKey | null)[] = [...DEFAULT_STAGES.map((s) => s.key), null];
  const endByStage: EndByStage[] = order
    .filter((stage) => byStage.has(stage))
    .map((stage) => {
      const group = byStage.get(stage)!;
      return {
        stage,
        name: stageName(stage),
        visits: group.length,
        endRating: averageRatingScore(histogramOf(group.map((v) => v.end))),
        visitRating: meanOfMeans(group.map((v) => mean(v.ratings))),
      };
    });
  return {
    site: siteKey,
    period: periodOf(periods.current),
    visits: visits.length,
    abandonedEnds: visits.filter((v) => v.abandoned).length,
    peakMinusMean: buckets(visits.map((v) => peakOf(v.ratings) - mean(v.ratings))),
    endMinusMean: buckets(visits.map((v) => v.end - mean(v.ratings))),
    endBelowMean: share(below, visits.length),
    endAboveMean: share(above, visits.length),
    endByStage,
  };
}
