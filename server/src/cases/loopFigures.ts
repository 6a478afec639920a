import { OPEN_STATUSES } from '../../../shared/schemas/cases.ts';
import type { LoopFigures } from '../../../shared/schemas/loop.ts';
import type { LoopCase } from '../db/queries/cases/loopCases.ts';
import { percentile } from './percentile.ts';

const HOUR = 3_600_000;

const share = (part: number, whole: number) => (whole ? part / whole : null);
const spread = (hours: number[]) => ({ median: percentile(hours, 0.5), p90: percentile(hours, 0.9) });

/**
 * The loop's figures over a set of cases, at `now`:
 * - actedOn: a member responded (any change, note or reply); closeLoopRate = actedOn / cases;
 * - told / toldRate: the shopper got a reply;
 * - firstResponse, resolution: hours from the feedback to the first response and to resolved / won't fix;
 * - withinSla: of the closed cases, the share closed by their due time;
 * - overdue: still open past a due time now; recovered: told shoppers who came back through the link.
 */
export function loopFigures(cases: readonly LoopCase[], now: number): LoopFigures {
  const open = (c: LoopCase) => OPEN_STATUSES.includes(c.status);
  const acted = cases.filter((c) => c.firstResponseAt !== null);
  const closed = cases.filter((c) => !open(c) && c.resolvedAt !== null);
  const told = cases.filter((c) => c.customerToldAt !== null).length;
  return {
    cases: cases.length,
    actedOn: acted.length,
    closeLoopRate: share(acted.length, cases.length),
    told,
    toldRate: share(told, cases.length),
    firstResponse: spread(acted.map((c) => (c.firstResponseAt! - c.createdAt) / HOUR)),
    resolution: spread(closed.map((c) => (c.resolvedAt! - c.createdAt) / HOUR)),
    withinSla: share(closed.filter((c) => c.resolvedAt! <= c.dueAt).length, closed.length),
    overdue: cases.filter((c) => open(c) && (now >= c.dueAt || (c.firstResponseAt === null && now >= c.firstResponseDueAt))).length,
    recovered: cases.filter((c) => c.recoveredAt !== null).length,
  };
}

const AGES = [
  { label: 'under 1 day', upTo: 24 * HOUR },
  { label: '1–3 days', upTo: 72 * HOUR },
  { label: '3–7 days', upTo: 168 * HOUR },
  { label: 'over 7 days', upTo: Infinity },
];

/** Open cases by how long they have been open. */
export function backlogByAge(cases: readonly LoopCase[], now: number): { label: string; count: number }[] {
  const counts = AGES.map(({ label }) => ({ label, count: 0 }));
  for (const c of cases) {
    if (!OPEN_STATUSES.includes(c.status)) continue;
    counts[AGES.findIndex((age) => now - c.createdAt < age.upTo)]!.count++;
  }
  return counts;
}
