// Page ratings given during seeded checkout visits that were then abandoned: a
// shopper rates the shipping form, then the payment page, and leaves. Without
// them no seeded visit ends in an abandonment, and the peak–end card's
// "abandoned ends" stays at 0 (a visit needs two ratings to count).
//
// Drawn from the checkout items (demo/seedJourneys.ts), so each rating has its
// visit's id, device, language and shopper (demo/seedVisitor.ts), and comes
// before the visit's `abandoned` event. Only visits with that event are rated: it
// never changes when the seed runs again later, while a silent give-up during the
// payment incident may turn into a completed order. Each visit has its own PRNG
// and each rating an id from the visit's, so a re-seed stores nothing twice.

import type { Device } from '../shared/schemas/response.ts';
import type { SeedJourneyItem } from './seedJourneys.ts';
import {
  commentFor,
  DEFAULT_SEED,
  DEMO_PAGES,
  ratingFor,
  type DemoPath,
  type SeedOptions,
  type SeedResponse,
} from './seedResponses.ts';
import { mix, mulberry32, type Rng } from './random.ts';
import { hashOf } from './seedSurveyAnswers.ts';

/** Of the abandoned visits that got past the cart, how many rated the step they left and the one before it. */
export const RATED_SHARE = 0.08;
/** Of those that left at payment, how many rated the cart too. */
const CART_TOO = 0.3;
/** Keeps these PRNGs apart from the survey answers', which are seeded from visit ids too. */
const RATINGS_STREAM = 0x726174;

type JourneyEvent = Extract<SeedJourneyItem, { type: 'journey_event' }>;

/** The answers that say the payment itself failed: those shoppers rate the payment page as on the provider's bad days. */
const PAYMENT_TROUBLE = new Set(['payment_failed', 'technical_problem']);

const isDemoPath = (path: string): path is DemoPath => DEMO_PAGES.some((p) => p.path === path);

/** One rating of the step's page at `at` (ms), with everything the widget says of the shopper. */
function ratingOn(rng: Rng, step: JourneyEvent, rating: number, at: number, id: string, incident: boolean): SeedResponse {
  const path = step.path as DemoPath;
  const comment = commentFor(rng, path, rating, 'web', step.lang === 'zh-CN', incident);
  return {
    type: 'page_rating',
    id,
    rating,
    path,
    title: DEMO_PAGES.find((p) => p.path === path)!.title,
    createdAt: new Date(at).toISOString(),
    channel: 'web',
    visitId: step.visitId,
    ...(comment && { comment }),
    ...(step.lang && { lang: step.lang }),
    ...(step.device && { device: step.device }),
    ...(step.returning !== undefined && { returning: step.returning }),
    ...(step.attributes && { attributes: step.attributes }),
  };
}

/** The ratings of one visit, or none. `reached` in step order; `left` its `abandoned` event. */
function ratingsOf(reached: JourneyEvent[], left: JourneyEvent, troubled: boolean, baseSeed: number): SeedResponse[] {
  const rng = mulberry32(mix(mix(baseSeed, RATINGS_STREAM), hashOf(left.visitId!)));
  if (rng() >= RATED_SHARE) return [];
  const at = (event: JourneyEvent) => Date.parse(event.createdAt);
  const leftIndex = reached.findIndex((r) => r.step === left.step);
  if (leftIndex < 1) return [];
  const rated = leftIndex === 2 && rng() < CART_TOO ? reached : reached.slice(leftIndex - 1, leftIndex + 1);
  // "-e" ends the visit's ending's id; "-r" and the step's initial name its ratings.
  const idOf = (step: JourneyEvent) => `${left.id.slice(0, -2)}-r${step.step![0]}`;
  const device = left.device as Device | undefined;
  // Gold members ship free: the costs that sour the others' cart and shipping do not touch them.
  const shipsFree = left.attributes?.plan === 'gold';
  return rated.map((step, i) => {
    const next = i + 1 < rated.length ? at(rated[i + 1]!) : at(left);
    const when = Math.round(at(step) + (0.3 + rng() * 0.5) * (next - at(step)));
    const path = step.path as DemoPath;
    const draw = () => ratingFor(rng, path, device, false);
    const incident = troubled && step.step === 'payment';
    // The step they left: the worse of two draws, or a failing payment; the one before: as anyone rates it.
    const rating = incident
      ? ratingFor(rng, path, device, true)
      : shipsFree && path !== '/checkout/payment'
        ? Math.max(draw(), draw())
        : step === reached[leftIndex]
          ? Math.min(draw(), draw())
          : draw();
    return ratingOn(rng, step, rating, when, idOf(step), incident);
  });
}

/**
 * Page ratings of a share of the checkout visits that reached shipping and were
 * abandoned, oldest first. Deterministic for the same checkout items and seed.
 */
export function generateAbandonedVisitRatings(checkout: readonly SeedJourneyItem[], options: Pick<SeedOptions, 'seed'> = {}): SeedResponse[] {
  const baseSeed = options.seed ?? DEFAULT_SEED;
  const visits = new Map<string, SeedJourneyItem[]>();
  for (const item of checkout) {
    const visit = visits.get(item.visitId!);
    if (visit) visit.push(item);
    else visits.set(item.visitId!, [item]);
  }
  const ratings: SeedResponse[] = [];
  for (const items of visits.values()) {
    const left = items.find((i): i is JourneyEvent => i.type === 'journey_event' && i.event === 'abandoned');
    if (!left) continue;
    const reached = items
      .filter((i): i is JourneyEvent => i.type === 'journey_event' && i.event === 'reached' && isDemoPath(i.path))
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    const troubled = items.some((i) => i.type === 'abandon_reason' && PAYMENT_TROUBLE.has(i.reason));
    ratings.push(...ratingsOf(reached, left, troubled, baseSeed));
  }
  return ratings.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}
