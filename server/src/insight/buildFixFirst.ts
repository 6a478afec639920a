import { reasonOption } from '../../../shared/reasonOption.ts';
import { PROBLEM_KINDS, type ProblemKind } from '../../../shared/schemas/insightQuery.ts';
import type { FixFirst, Problem, ProblemImpact } from '../../../shared/schemas/fixFirst.ts';
import { compareCounts } from '../../../shared/scores/compareCounts.ts';
import { problemFlag } from '../../../shared/scores/problemFlag.ts';
import { negativeRatings, ratingsIn } from '../../../shared/scores/ratingScale.ts';
import type { Db } from '../db/openDatabase.ts';
import { getProblemComments } from '../db/queries/comments/getProblemComments.ts';
import { getReasonCounts } from '../db/queries/journeys/getReasonCounts.ts';
import { getReasonExamples } from '../db/queries/journeys/getReasonExamples.ts';
import type { StoredSite } from '../db/queries/sites/siteRow.ts';
import type { ViewRange } from '../db/queries/ranges/viewRange.ts';
import { periodOf } from './periodOf.ts';
import { loadTouchpointMap } from './loadTouchpointMap.ts';
import { periodFacts } from './periodFacts.ts';
import { siteJourneys, stepName, type SiteJourney } from './siteJourneys.ts';
import { touchpointBuckets, TouchpointLookup } from './touchpointBuckets.ts';
import type { ViewPeriods } from './viewPeriods.ts';

const EXAMPLES = 3;
/** Answers fetched per reason, so that 3 different texts usually remain after repeats are dropped. */
const EXAMPLE_POOL = 10;

export interface FixFirstOptions {
  kind: ProblemKind | null;
  limit: number;
}

type Identity = Pick<Problem, 'kind' | 'key' | 'label' | 'context' | 'touchpoint' | 'path' | 'journey' | 'step' | 'reason'>;

interface Candidate extends Identity {
  current: ProblemImpact & { responses: number };
  previous: ProblemImpact;
  examples: string[];
}

/** Collects problems of every kind over both periods, keyed by kind and key. */
class Candidates {
  private readonly byId = new Map<string, Candidate>();

  add(identity: Identity, period: 'current' | 'previous', negative: number, abandonments: number, responses = 0): Candidate {
    const id = `${identity.kind}\u0000${identity.key}`;
    let candidate = this.byId.get(id);
    if (!candidate) {
      candidate = {
        ...identity,
        current: { impact: 0, negativeRatings: 0, abandonments: 0, responses: 0 },
        previous: { impact: 0, negativeRatings: 0, abandonments: 0 },
        examples: [],
      };
      this.byId.set(id, candidate);
    }
    const tally = candidate[period];
    tally.negativeRatings += negative;
    tally.abandonments += abandonments;
    tally.impact += negative + abandonments;
    if (period === 'current') candidate.current.responses += responses;
    return candidate;
  }

  all(): Candidate[] {
    return [...this.byId.values()];
  }
}

/**
 * "What to fix first": pages, touchpoints, journey steps and abandonment
 * reasons ranked by how many customers they hurt (impact, see
 * shared/schemas/fixFirst.ts), each against the previous period.
 */
export function buildFixFirst(db: Db, site: StoredSite, periods: ViewPeriods, options: FixFirstOptions): FixFirst {
  const map = loadTouchpointMap(db, site.id);
  const journeys = siteJourneys(db, site.id);
  const lookup = new TouchpointLookup(map.touchpoints);
  const stageName = new Map(map.stages.map((stage) => [stage.key, stage.name]));
  const wanted = (kind: ProblemKind) => options.kind === null || options.kind === kind;
  const candidates = new Candidates();
  const facts = { current: periodFacts(db, periods.current, journeys), previous: periodFacts(db, periods.previous, journeys) };
  const comments = commentsByPath(db, periods.current);

  for (const period of ['current', 'previous'] as const) {
    const { pages, steps } = facts[period];
    if (wanted('page')) {
      for (const page of pages.values()) {
        const touchpoint = lookup.of(page.path);
        const identity = { kind: 'page' as const, key: page.path, label: page.path, context: touchpoint?.name ?? null, path: page.path };
        const candidate = candidates.add(identity, period, negativeRatings(page.histogram), page.abandonments, ratingsIn(page.histogram));
        if (period === 'current') candidate.examples = latest(comments.get(page.path) ?? []);
      }
    }
    if (wanted('touchpoint')) {
      for (const [key, bucket] of touchpointBuckets(pages.values(), lookup)) {
        const touchpoint = map.touchpoints.find((t) => t.key === key);
        if (key === null || !touchpoint) continue; // unmapped pages are pages, not a touchpoint
        const identity = { kind: 'touchpoint' as const, key, label: touchpoint.name, context: stageName.get(touchpoint.stage) ?? null, touchpoint: key };
        const candidate = candidates.add(identity, period, negativeRatings(bucket.histogram), bucket.abandonments, ratingsIn(bucket.histogram));
        if (period === 'current') candidate.examples = latest(bucket.paths.flatMap((path) => comments.get(path) ?? []));
      }
    }
    if (wanted('journey_step')) {
      for (const step of steps) {
        const identity = {
          kind: 'journey_step' as const,
          key: `${step.journey.key}/${step.step}`,
          label: `${step.journey.name} › ${step.stepName}`,
          context: step.path,
          journey: step.journey.key,
          step: step.step,
        };
        candidates.add(identity, period, 0, step.abandoned);
      }
    }
  }
  if (wanted('abandon_reason') || wanted('journey_step')) addReasons(db, periods, journeys, candidates, wanted('abandon_reason'));

  const all = candidates.all();
  const ranked = (options.kind === null ? withoutRepeatedPages(all, lookup) : all)
    .filter((candidate) => candidate.current.impact > 0)
    .map(toProblem)
    .sort(byImpact);
  return {
    site: site.key,
    ...periodOf(periods.current),
    device: periods.current.device,
    previous: periodOf(periods.previous),
    kind: options.kind,
    problems: ranked.slice(0, options.limit),
    total: ranked.length,
  };
}

/** Reasons as problems of their own, and their words as the examples of their step. */
function addReasons(db: Db, periods: ViewPeriods, journeys: SiteJourney[], candidates: Candidates, asProblems: boolean) {
  for (const journey of journeys) {
    const examples = new Map<string, string[]>();
    for (const row of getReasonExamples(db, { ...periods.current, journey: journey.key }, EXAMPLE_POOL)) {
      const text = [row.otherText, row.comment].filter(Boolean).join(' — ');
      for (const id of [`${row.step}/${row.reason}`, row.step]) examples.set(id, [...(examples.get(id) ?? []), text]);
    }
    const stepProblem = candidates.all().filter((c) => c.kind === 'journey_step' && c.journey === journey.key);
    for (const candidate of stepProblem) candidate.examples = distinct(examples.get(candidate.step!) ?? []);
    if (!asProblems) continue;
    for (const period of ['current', 'previous'] as const) {
      for (const row of getReasonCounts(db, { ...periods[period], journey: journey.key })) {
        const identity = {
          kind: 'abandon_reason' as const,
          key: `${journey.key}/${row.step}/${row.reason}`,
          label: reasonOption(journey.definition, row.reason)?.label ?? row.reason,
          context: `${journey.name} › ${stepName(journey, row.step)}`,
          journey: journey.key,
          step: row.step,
          reason: row.reason,
        };
        const candidate = candidates.add(identity, period, 0, row.count);
        if (period === 'current') candidate.examples = distinct(examples.get(`${row.step}/${row.reason}`) ?? []);
      }
    }
  }
}

function toProblem(candidate: Candidate): Problem {
  const { current, previous, examples, ...identity } = candidate;
  const { responses, ...impact } = current;
  return {
    ...withoutUndefined(identity),
    ...impact,
    responses,
    previous,
    change: compareCounts(current.impact, previous.impact),
    flag: problemFlag(current.impact, previous.impact),
    examples: distinct(examples),
  };
}

const KIND_ORDER = new Map(PROBLEM_KINDS.map((kind, i) => [kind, i]));

/** Most customers hurt first; among equals the faster-growing, then the broader lens, then by name. */
function byImpact(a: Problem, b: Problem): number {
  return (
    b.impact - a.impact ||
    b.change.delta - a.change.delta ||
    KIND_ORDER.get(a.kind)! - KIND_ORDER.get(b.kind)! ||
    a.label.localeCompare(b.label)
  );
}

function commentsByPath(db: Db, range: ViewRange): Map<string, { text: string; createdAt: number }[]> {
  const byPath = new Map<string, { text: string; createdAt: number }[]>();
  for (const row of getProblemComments(db, range, EXAMPLES)) byPath.set(row.path, [...(byPath.get(row.path) ?? []), row]);
  return byPath;
}

function latest(comments: { text: string; createdAt: number }[]): string[] {
  return distinct([...comments].sort((a, b) => b.createdAt - a.createdAt).map((c) => c.text));
}

/** The first few different texts: ten shoppers writing "declined" say it once here. */
function distinct(texts: readonly string[]): string[] {
  const seen = new Set<string>();
  return texts.filter((text) => !seen.has(text.toLowerCase()) && seen.add(text.toLowerCase())).slice(0, EXAMPLES);
}

/**
 * In the list of every kind, a page whose numbers are exactly its touchpoint's
 * (the touchpoint's only page with trouble, this period and the last) would
 * repeat the touchpoint line for line; it is left out there, and kept when
 * pages are asked for.
 */
function withoutRepeatedPages(all: Candidate[], lookup: TouchpointLookup): Candidate[] {
  const touchpoints = new Map(all.filter((c) => c.kind === 'touchpoint').map((c) => [c.key, c]));
  const same = (a: ProblemImpact, b: ProblemImpact) => a.negativeRatings === b.negativeRatings && a.abandonments === b.abandonments;
  return all.filter((c) => {
    if (c.kind !== 'page') return true;
    const touchpoint = touchpoints.get(lookup.of(c.key)?.key ?? '');
    return !touchpoint || !same(touchpoint.current, c.current) || !same(touchpoint.previous, c.previous);
  });
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
