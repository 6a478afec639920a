// Checkout visits of the demo shop, with abandonment: the step events and the
// "What stopped you?" answers the widget would have sent, generated without I/O
// as items for the import endpoint.
//
// Each visit draws from its own PRNGs, seeded from (seed, UTC day, visit number),
// one per aspect (device and language, when, how far, what they said, who the
// shopper is: new or returning, plan, country), so a visit and its ids are
// the same whenever it is generated. A visit has one id per step it reached and
// one for how it ended, completed or abandoned: generating again later can add
// new visits, never a second ending to a visit already stored.
//
// The payment provider has been failing more and more over the last 7 days
// before `now`: extra shoppers give up at payment, and most who say why answer
// "payment failed". As days age out of that week, its extra failures turn back
// into completed orders, so a later seed only ever drops an ending, never adds one.

import type { ImportedAbandonReasonInput, ImportedJourneyEventInput } from '../shared/schemas/import.ts';
import type { AbandonTrigger, Device } from '../shared/schemas/response.ts';
import { ABANDON_COMMENTS, type CheckoutStep } from './abandonComments.ts';
import { CHECKOUT_JOURNEY } from './checkoutJourney.ts';
import { mix, mulberry32, pick, weighted, type Rng } from './random.ts';
import { DEFAULT_SEED, HOUR_WEIGHTS, type SeedOptions } from './seedResponses.ts';
import { seedVisitor, type SeedVisitor } from './seedVisitor.ts';

export type SeedJourneyItem = ImportedJourneyEventInput | ImportedAbandonReasonInput;

const DAY_MS = 86_400_000;
/** Keeps these PRNGs apart from the ratings' for the same seed and day. */
const JOURNEY_STREAM = 0x6a6f75;

const STEPS: readonly CheckoutStep[] = ['cart', 'shipping', 'payment'];
const pathOf = (step: CheckoutStep) => CHECKOUT_JOURNEY.steps.find((s) => s.key === step)!.match[0]!.value;
const COMPLETE_PATH = CHECKOUT_JOURNEY.completeMatch[0]!.value;

// ---------------------------------------------------------------------------
// The shape of the funnel

/** Visits that reach the cart on a weekday (Mon–Fri) and on each weekend day, before noise. */
const WEEKDAY_VISITS = 240;
const WEEKEND_VISITS = 150;

/** Chance to go on from the cart to shipping, and from shipping to payment. Phones struggle with the shipping form. */
const GO_ON: Record<'cart' | 'shipping', Record<Device, number>> = {
  cart: { desktop: 0.41, mobile: 0.39, tablet: 0.4 },
  shipping: { desktop: 0.78, mobile: 0.61, tablet: 0.72 },
};

/** Chance to give up at payment on an ordinary day. */
const PAYMENT_GIVE_UP: Record<Device, number> = { desktop: 0.29, mobile: 0.33, tablet: 0.31 };

/**
 * The incident: it began this many days before `now`, and the extra give-up
 * chance at payment has grown since. It is planted strong enough to stand out
 * from the day-to-day noise of the visits on every date the demo is started:
 * a week's "payment failed" answers come to about five times the week before,
 * and over 30 days the rise is several standard deviations clear of chance
 * (demo/incidentOnAnyDate.test.ts checks dates far apart). Weaker, it was
 * significant on some dates and not on others.
 */
export const INCIDENT_DAYS = 7;
function incidentFailureChance(daysIntoIncident: number): number {
  return daysIntoIncident < 0 ? 0 : 0.15 + 0.05 * daysIntoIncident;
}

/** About a third of the shoppers who leave say why… */
const ANSWER_CHANCE = 0.33;
/** …but those whose payment just failed are angry enough to tell, most of them. */
const INCIDENT_ANSWER_CHANCE = 0.75;
/** Not every leaving visit gets its `abandoned` beacon out; the funnel counts the silent ones too. */
const BEACON_CHANCE = 0.8;

/** Reasons given at each step on an ordinary day (codes from CHECKOUT_JOURNEY, plus `other`). */
const REASONS: Record<CheckoutStep, (device: Device) => readonly (readonly [string, number])[]> = {
  cart: () => [
    ['unexpected_costs', 38],
    ['just_looking', 34],
    ['missing_information', 10],
    ['technical_problem', 4],
    ['other', 14],
  ],
  shipping: (device) => [
    ['unexpected_costs', 36],
    ['form_confusing', device === 'desktop' ? 20 : 40],
    ['missing_information', 12],
    ['technical_problem', 6],
    ['just_looking', 8],
    ['other', 10],
  ],
  payment: () => [
    ['payment_failed', 30],
    ['technical_problem', 22],
    ['unexpected_costs', 12],
    ['form_confusing', 10],
    ['just_looking', 10],
    ['missing_information', 4],
    ['other', 12],
  ],
};

/** What shoppers caught by the payment incident say. */
const INCIDENT_REASONS = [
  ['payment_failed', 88],
  ['technical_problem', 12],
] as const;

const HOURS = HOUR_WEIGHTS.map((w, h) => [h, w] as const);

const DEVICES = [
  ['desktop', 48],
  ['mobile', 44],
  ['tablet', 8],
] as const;

const LANGS = [
  ['en-US', 62],
  ['en-GB', 16],
  ['en', 10],
  ['zh-CN', 12],
] as const;

function triggerFor(rng: Rng, step: CheckoutStep, device: Device): AbandonTrigger {
  const form = step === 'cart' ? 0 : 1;
  return device === 'desktop'
    ? weighted<AbandonTrigger>(rng, [
        ['exit_intent', 55],
        ['form_abandon', 20 * form],
        ['idle', 15],
        ['return', 10],
      ])
    : weighted<AbandonTrigger>(rng, [
        ['scroll_up', 35],
        ['idle', 25],
        ['return', 25],
        ['form_abandon', 15 * form],
      ]);
}

/** Time on a step before leaving it, in ms; those caught by the incident retry for a while. */
function msOnStep(rng: Rng, step: CheckoutStep, incident: boolean): number {
  const [min, max] = incident ? [120, 600] : step === 'cart' ? [15, 360] : step === 'shipping' ? [30, 420] : [40, 540];
  return Math.round((min + rng() * (max - min)) * 1000);
}

// ---------------------------------------------------------------------------

interface Visit {
  id: string;
  device: Device;
  lang: string;
  /** New or returning and the identify attributes, the same on every item of the visit. */
  who: SeedVisitor;
  /** The steps reached, in order, and when. */
  reached: { step: CheckoutStep; at: number }[];
  completedAt?: number;
  /** The step left, how long was spent there, and whether the payment incident caused it. */
  left?: { step: CheckoutStep; at: number; msOnStep: number; incident: boolean };
}

/** Who, when and how far: everything but what the shopper said. */
function walkVisit(visitSeed: number, dayStart: number, incidentStart: number, visitId: string): Visit {
  const who = mulberry32(mix(visitSeed, 1));
  const when = mulberry32(mix(visitSeed, 2));
  const far = mulberry32(mix(visitSeed, 3));

  const device = weighted<Device>(who, DEVICES);
  const lang = weighted<string>(who, LANGS);
  const start = dayStart + weighted(when, HOURS) * 3_600_000 + Math.floor(when() * 3600) * 1000;
  const gaps = [when(), when(), when()].map((u, i) => Math.round((i === 2 ? 45 + u * 195 : 60 + u * 300) * 1000));
  const goes = { cart: far(), shipping: far(), payment: far() };

  const visit: Visit = { id: visitId, device, lang, who: {}, reached: [{ step: 'cart', at: start }] };
  const leave = (step: CheckoutStep, at: number, incident = false) => {
    const ms = msOnStep(far, step, incident);
    visit.left = { step, at: at + ms, msOnStep: ms, incident };
  };
  if (goes.cart >= GO_ON.cart[device]) {
    leave('cart', start);
    return visit;
  }
  const shippingAt = start + gaps[0]!;
  visit.reached.push({ step: 'shipping', at: shippingAt });
  if (goes.shipping >= GO_ON.shipping[device]) {
    leave('shipping', shippingAt);
    return visit;
  }
  const paymentAt = shippingAt + gaps[1]!;
  visit.reached.push({ step: 'payment', at: paymentAt });
  // Ordinary give-ups first, then the incident's: a visit's extra failure chance
  // shrinks as `now` moves on, turning those visits into completed ones.
  const failureChance = incidentFailureChance((start - incidentStart) / DAY_MS);
  if (goes.payment < PAYMENT_GIVE_UP[device]) leave('payment', paymentAt);
  else if (goes.payment < PAYMENT_GIVE_UP[device] + failureChance) leave('payment', paymentAt, true);
  else visit.completedAt = paymentAt + gaps[2]!;
  return visit;
}

/**
 * Who the shopper is: those who came back, and gold members, get to payment
 * more often. Not by how the visit ended, which a later seed may change (the
 * incident's failures turn into orders): the visit's items must keep agreeing.
 */
function withVisitor(visit: Visit, visitSeed: number): Visit {
  const toPayment = visit.reached.length === STEPS.length;
  visit.who = seedVisitor(mulberry32(mix(visitSeed, 6)), visit.lang, { returning: toPayment ? 0.45 : 0.31, gold: toPayment ? 2 : 1 });
  return visit;
}

/** The visit's items for the import endpoint: its step events and, maybe, its answer. */
function visitItems(visit: Visit, visitSeed: number, idBase: string): SeedJourneyItem[] {
  const base = { journey: CHECKOUT_JOURNEY.key, visitId: visit.id, device: visit.device, lang: visit.lang, ...visit.who };
  const items: SeedJourneyItem[] = visit.reached.map(({ step, at }) => ({
    ...base,
    type: 'journey_event',
    id: `${idBase}-${step[0]}`,
    step,
    event: 'reached',
    path: pathOf(step),
    createdAt: new Date(at).toISOString(),
  }));
  if (visit.completedAt !== undefined) {
    items.push({ ...base, type: 'journey_event', id: `${idBase}-e`, event: 'completed', path: COMPLETE_PATH, createdAt: new Date(visit.completedAt).toISOString() });
    return items;
  }
  const left = visit.left!;
  const said = mulberry32(mix(visitSeed, 4));
  if (said() < BEACON_CHANCE) {
    const fields = left.step === 'cart' ? undefined : Math.floor(said() * (left.step === 'shipping' ? 10 : 6));
    items.push({
      ...base,
      type: 'journey_event',
      id: `${idBase}-e`,
      step: left.step,
      event: 'abandoned',
      path: pathOf(left.step),
      msOnStep: left.msOnStep,
      ...(fields === undefined ? {} : { fieldsTouched: fields }),
      createdAt: new Date(left.at).toISOString(),
    });
  }
  const answer = mulberry32(mix(visitSeed, 5));
  if (answer() >= (left.incident ? INCIDENT_ANSWER_CHANCE : ANSWER_CHANCE)) return items;
  const reason = weighted(answer, left.incident ? INCIDENT_REASONS : REASONS[left.step](visit.device));
  const zh = visit.lang === 'zh-CN';
  const texts = ABANDON_COMMENTS[left.step][reason];
  // `other` comes with its own words in the "Other" box; the rest add a comment sometimes.
  const words = texts && (reason === 'other' || answer() < 0.45) ? pick(answer, zh ? texts.zh : texts.en) : undefined;
  const askedAt = left.at - Math.round((2 + answer() * 18) * 1000);
  items.push({
    ...base,
    type: 'abandon_reason',
    id: `${idBase}-a`,
    step: left.step,
    reason,
    ...(words ? { [reason === 'other' ? 'otherText' : 'comment']: words } : {}),
    trigger: triggerFor(answer, left.step, visit.device),
    path: pathOf(left.step),
    lang: visit.lang,
    channel: 'web',
    createdAt: new Date(Math.max(askedAt, left.at - left.msOnStep + 1000)).toISOString(),
  });
  return items;
}

function dateStamp(dayNumber: number): string {
  return new Date(dayNumber * DAY_MS).toISOString().slice(0, 10).replaceAll('-', '');
}

/** The last time an item of the visit was sent. */
function lastAt(items: SeedJourneyItem[]): number {
  return Math.max(...items.map((item) => Date.parse(item.createdAt)));
}

/**
 * Checkout visits of the demo shop over `days` days before `now`, with their
 * step events and "What stopped you?" answers, oldest first. Only whole visits:
 * one that started before the range or is still going at `now` is left out.
 * Deterministic for a given seed and `now`; ids depend only on the seed, the
 * visit's UTC day and its number that day.
 */
export function generateSeedJourneys(options: SeedOptions = {}): SeedJourneyItem[] {
  const days = options.days ?? 30;
  if (!(days > 0)) throw new Error('days must be positive');
  const now = options.now === undefined ? Date.now() : +options.now;
  const baseSeed =
    options.seed !== undefined
      ? options.seed >>> 0
      : options.random
        ? Math.floor(options.random() * 4294967296) >>> 0
        : DEFAULT_SEED;
  const idPrefix = (options.idPrefix ?? 'seed').replace(/[^A-Za-z0-9_-]/g, '').slice(0, 32) || 'seed';

  const from = now - days * DAY_MS;
  const firstDay = Math.floor(from / DAY_MS);
  const lastDay = Math.floor((now - 1) / DAY_MS);
  const incidentStart = now - INCIDENT_DAYS * DAY_MS;
  const out: SeedJourneyItem[] = [];
  for (let day = firstDay; day <= lastDay; day++) {
    const daySeed = mix(mix(baseSeed, JOURNEY_STREAM), day);
    const dayRng = mulberry32(daySeed);
    const dayStart = day * DAY_MS;
    const weekday = new Date(dayStart).getUTCDay();
    const volume = Math.round((weekday === 0 || weekday === 6 ? WEEKEND_VISITS : WEEKDAY_VISITS) * (0.85 + dayRng() * 0.3));
    const stamp = dateStamp(day);
    for (let n = 0; n < volume; n++) {
      const visitSeed = mix(daySeed, n);
      const visit = withVisitor(walkVisit(visitSeed, dayStart, incidentStart, `v-${baseSeed.toString(36)}-${stamp}-${n}`), visitSeed);
      const items = visitItems(visit, visitSeed, `${idPrefix}-j${baseSeed.toString(36)}-${stamp}-${n}`);
      if (visit.reached[0]!.at >= from && lastAt(items) < now) out.push(...items);
    }
  }
  // ISO times in UTC and ids of plain ASCII sort by code unit (localeCompare is far slower).
  const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return out.sort((a, b) => byCodeUnit(a.createdAt, b.createdAt) || byCodeUnit(a.id, b.id));
}
