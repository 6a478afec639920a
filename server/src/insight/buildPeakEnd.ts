import type { DeviationBucket, EndByStage, EndEffect, NpsByEnd, PeakEnd } from '../../../shared/schemas/peakEnd.ts';
import { DEFAULT_STAGES, type StageKey } from '../../../shared/stages.ts';
import { npsScore, PASSIVE_MIN, PROMOTER_MIN, type NpsCounts } from '../../../shared/scores/nps.ts';
import { clamp, noAnswers, scoreResult, type ScoreResult } from '../../../shared/scores/scoreResult.ts';
import { t975 } from '../../../shared/scores/tQuantile.ts';
import { wilsonInterval } from '../../../shared/scores/wilsonInterval.ts';
import { pagePathOf, touchpointForPath } from '../../../shared/touchpointForPath.ts';
import type { Db } from '../db/openDatabase.ts';
import { periodOf } from './periodOf.ts';
import { loadTouchpointMap } from './loadTouchpointMap.ts';
import { ABANDONED, type PeakEndVisit } from './peakEndVisit.ts';
import { peakEndVisits } from './peakEndVisits.ts';
import type { ViewPeriods } from './viewPeriods.ts';

/** Closer than this to the visit's mean, the end neither lifts nor sinks it. */
const SAME = 0.5;
const NEUTRAL = 3;
const EFFECTS: EndEffect[] = ['sinks', 'level', 'lifts'];

/** A visit's figures (or of `visits` alike ones): a trailing abandonment is one more rating, of 1, and the end. */
interface VisitFigures {
  visits: number;
  mean: number;
  peak: number;
  end: number;
  endPath: string;
  abandoned: boolean;
  nps: number | null;
}

// Sums of CES thirds, and means of visit means, differ in the last bit by the order
// they are added in (the rollup's and the exact path's read visits in different
// orders); rounding to 1e-9 makes both paths give the same figures and buckets.
const steady = (x: number) => Math.round(x * 1e9) / 1e9;

/** The most extreme rating, the farthest from neutral; a bad one wins a tie (it is remembered more). */
function peakOf(low: number, high: number): number {
  return NEUTRAL - low >= high - NEUTRAL ? low : high;
}

export function figuresOf(visit: PeakEndVisit): VisitFigures {
  const abandoned = visit.abandonedPath !== null;
  const extra = abandoned ? 1 : 0;
  return {
    visits: visit.visits,
    mean: steady((visit.total + extra * ABANDONED) / (visit.rated + extra)),
    peak: peakOf(abandoned ? ABANDONED : visit.low, visit.high),
    end: abandoned ? ABANDONED : visit.lastRating,
    endPath: visit.abandonedPath ?? visit.lastPath,
    abandoned,
    nps: visit.nps,
  };
}

export function endEffectOf({ end, mean }: VisitFigures): EndEffect {
  const delta = steady(end - mean);
  return delta <= -SAME ? 'sinks' : delta >= SAME ? 'lifts' : 'level';
}

/** Visits by `delta` in half points. */
function buckets(visits: readonly VisitFigures[], delta: (v: VisitFigures) => number): DeviationBucket[] {
  const counts = new Map<number, number>();
  for (const visit of visits) {
    const bucket = Math.round(steady(delta(visit)) * 2) / 2 || 0;
    counts.set(bucket, (counts.get(bucket) ?? 0) + visit.visits);
  }
  return [...counts.entries()].sort((a, b) => a[0] - b[0]).map(([delta, visits]) => ({ delta, visits }));
}

function share(count: number, n: number): ScoreResult {
  if (n === 0) return noAnswers();
  const { low, high } = wilsonInterval(count, n);
  return scoreResult(count / n, low, high, n);
}

/**
 * The mean of values on the 1–5 scale that need not be whole (visit means, CES
 * ends), each `[value, how many]`, with its t interval.
 */
export function meanOf(values: readonly (readonly [number, number])[]): ScoreResult {
  const n = values.reduce((sum, [, count]) => sum + count, 0);
  if (n === 0) return noAnswers();
  const m = steady(values.reduce((sum, [x, count]) => sum + x * count, 0) / n);
  if (n === 1) return scoreResult(m, 1, 5, 1);
  const sd = Math.sqrt(values.reduce((sum, [x, count]) => sum + count * (x - m) ** 2, 0) / (n - 1));
  const half = (t975(n - 1) * sd) / Math.sqrt(n);
  return scoreResult(m, clamp(steady(m - half), 1, 5), clamp(steady(m + half), 1, 5), n);
}

/** NPS of the visits whose end sank, kept level or lifted them, among those that answered NPS. */
export function npsByEnd(visits: readonly VisitFigures[]): NpsByEnd[] {
  return EFFECTS.map((end) => {
    const counts: NpsCounts = { promoters: 0, passives: 0, detractors: 0 };
    for (const v of visits) {
      if (v.nps === null || endEffectOf(v) !== end) continue;
      if (v.nps >= PROMOTER_MIN) counts.promoters += v.visits;
      else if (v.nps >= PASSIVE_MIN) counts.passives += v.visits;
      else counts.detractors += v.visits;
    }
    return { end, nps: npsScore(counts) };
  });
}

const countOf = (visits: readonly VisitFigures[]) => visits.reduce((sum, v) => sum + v.visits, 0);

/** Peak–end: does the end of a visit (confirmation, post-purchase, or giving up) lift or sink the whole of it? */
export function buildPeakEnd(db: Db, siteKey: string, periods: ViewPeriods): PeakEnd {
  const visits = peakEndVisits(db, periods.current).map(figuresOf);
  const map = loadTouchpointMap(db, periods.current.siteId);
  const stageName = (key: StageKey | null) =>
    key === null ? 'On no touchpoint' : (map.stages.find((s) => s.key === key)?.name ?? key);

  // Few pages, many visits: match each page's rules once.
  const stageByPath = new Map<string, StageKey | null>();
  const stageOf = (path: string) => {
    if (!stageByPath.has(path)) stageByPath.set(path, touchpointForPath(map.touchpoints, pagePathOf(path))?.stage ?? null);
    return stageByPath.get(path)!;
  };
  const byStage = new Map<StageKey | null, VisitFigures[]>();
  const effects = { sinks: 0, level: 0, lifts: 0 };
  for (const visit of visits) {
    effects[endEffectOf(visit)] += visit.visits;
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
        visits: countOf(group),
        endRating: meanOf(group.map((v) => [v.end, v.visits] as const)),
        visitRating: meanOf(group.map((v) => [v.mean, v.visits] as const)),
      };
    });
  const total = countOf(visits);
  return {
    site: siteKey,
    period: periodOf(periods.current),
    visits: total,
    abandonedEnds: countOf(visits.filter((v) => v.abandoned)),
    peakMinusMean: buckets(visits, (v) => v.peak - v.mean),
    endMinusMean: buckets(visits, (v) => v.end - v.mean),
    endBelowMean: share(effects.sinks, total),
    endAboveMean: share(effects.lifts, total),
    endByStage,
    npsVisits: countOf(visits.filter((v) => v.nps !== null)),
    npsByEnd: npsByEnd(visits),
  };
}
