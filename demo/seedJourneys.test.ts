import { describe, expect, it } from 'vitest';
import { LIMITS } from '../shared/limits.ts';
import { importRequestSchema } from '../shared/schemas/import.ts';
import { CHECKOUT_JOURNEY } from './checkoutJourney.ts';
import { generateSeedJourneys, INCIDENT_DAYS, type SeedJourneyItem } from './seedJourneys.ts';
import { mulberry32 } from './random.ts';

const DAY = 86_400_000;
const NOW = Date.parse('2026-11-24T10:00:00.000Z');

type Answer = Extract<SeedJourneyItem, { type: 'abandon_reason' }>;

interface VisitFacts {
  device?: string;
  /** Who the shopper is (language, new or returning, attributes), as every item of the visit must say. */
  who: string;
  /** Items that said otherwise. */
  disagreeing: number;
  steps: Set<string>;
  completed: boolean;
  answers: Answer[];
}

const whoOf = (item: SeedJourneyItem) => JSON.stringify([item.lang, item.returning ?? null, item.attributes ?? null]);

/** What the funnel sees, per visit: the steps reached, whether it completed, what was said, who said it. */
function visitsOf(items: SeedJourneyItem[]): Map<string, VisitFacts> {
  const visits = new Map<string, VisitFacts>();
  for (const item of items) {
    const visit = visits.get(item.visitId!) ?? { device: item.device, who: whoOf(item), disagreeing: 0, steps: new Set(), completed: false, answers: [] };
    if (whoOf(item) !== visit.who) visit.disagreeing++;
    if (item.type === 'abandon_reason') visit.answers.push(item);
    else if (item.event === 'completed') visit.completed = true;
    else visit.steps.add(item.step!);
    visits.set(item.visitId!, visit);
  }
  return visits;
}

function rates(visits: VisitFacts[]) {
  const reached = (step: string) => visits.filter((v) => v.steps.has(step)).length;
  const completed = visits.filter((v) => v.completed).length;
  return {
    toShipping: reached('shipping') / reached('cart'),
    toPayment: reached('payment') / reached('shipping'),
    toComplete: completed / reached('payment'),
    shippingDropOff: 1 - reached('payment') / reached('shipping'),
  };
}

const answersOf = (items: SeedJourneyItem[]) => items.filter((i): i is Answer => i.type === 'abandon_reason');

function reasonCounts(answers: Answer[], step: string): [string, number][] {
  const counts = new Map<string, number>();
  for (const a of answers) if (a.step === step) counts.set(a.reason, (counts.get(a.reason) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]);
}

/** 'payment failed' answers at payment per day: the last INCIDENT_DAYS days, and the days before. */
function paymentFailedPerDay(items: SeedJourneyItem[], now = NOW, days = 30) {
  const start = now - INCIDENT_DAYS * DAY;
  const failed = answersOf(items).filter((a) => a.step === 'payment' && a.reason === 'payment_failed');
  const recent = failed.filter((a) => Date.parse(a.createdAt) >= start).length / INCIDENT_DAYS;
  const before = failed.filter((a) => Date.parse(a.createdAt) < start).length / (days - INCIDENT_DAYS);
  return { recent, before, ratio: recent / before };
}

describe('generateSeedJourneys', () => {
  const items = generateSeedJourneys({ now: NOW, random: mulberry32(42) });
  const visits = visitsOf(items);

  it('is deterministic for a given seed', () => {
    expect(generateSeedJourneys({ now: NOW, random: mulberry32(42) })).toEqual(items);
    const other = generateSeedJourneys({ now: NOW, random: mulberry32(43) });
    expect(other.map((i) => i.id)).not.toEqual(items.map((i) => i.id));
  });

  it('gives every item a unique id', () => {
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
  });

  it('never adds a second ending or a late answer to a visit when generated again later', () => {
    for (const later of [NOW + 3_600_000, NOW + DAY, NOW + 3 * DAY]) {
      const again = generateSeedJourneys({ now: later, random: mulberry32(42) });
      const ids = new Set(items.map((i) => i.id));
      for (const item of again) {
        if (ids.has(item.id) || !visits.has(item.visitId!)) continue;
        // The only thing an old visit may gain: the end of the payment incident
        // turns a silent failure (no beacon, no ending stored) into a completed order.
        const old = visits.get(item.visitId!)!;
        expect(item, `a new item for the old visit ${item.visitId}`).toMatchObject({ type: 'journey_event', event: 'completed' });
        expect(whoOf(item), 'the same shopper as before').toBe(old.who);
        expect(old.completed).toBe(false);
        expect(items.some((i) => i.visitId === item.visitId && i.id.endsWith('-e'))).toBe(false);
      }
      // Steps reached do not change.
      const reached = new Map(again.filter((i) => i.type === 'journey_event' && i.event === 'reached').map((i) => [i.id, i]));
      for (const item of items) if (reached.has(item.id)) expect(reached.get(item.id)).toEqual(item);
    }
  }, 20_000);

  it('produces items the import endpoint accepts, with the journey’s reasons', () => {
    const prefixed = generateSeedJourneys({ now: NOW, idPrefix: 'demo_site_AbCdEfGhIjKl' });
    for (let i = 0; i < prefixed.length; i += LIMITS.importBatch) {
      const parsed = importRequestSchema(NOW).safeParse({ responses: prefixed.slice(i, i + LIMITS.importBatch) });
      expect(parsed.success, JSON.stringify(parsed.error?.issues.slice(0, 3))).toBe(true);
    }
    for (const item of prefixed) expect(item.id.startsWith('demo_site_AbCdEfGhIjKl-')).toBe(true);
    const codes = new Set([...CHECKOUT_JOURNEY.reasons.map((r) => r.code), 'other']);
    for (const answer of answersOf(prefixed)) {
      expect(codes.has(answer.reason), answer.reason).toBe(true);
      if (answer.reason === 'other') expect(answer.otherText).toBeTruthy();
    }
    for (const item of prefixed) {
      if (item.type === 'journey_event' && item.event !== 'completed') expect(item.step).toBeTruthy();
    }
  });

  it('says who each shopper is, the same on every step event and answer of a visit', () => {
    const all = [...visits.values()];
    expect(all.filter((v) => v.disagreeing > 0)).toEqual([]);
    const who = all.map((v) => JSON.parse(v.who) as [string, boolean | null, Record<string, string> | null]);
    for (const [lang] of who) expect(lang).toMatch(/^(en|en-US|en-GB|zh-CN)$/);
    // A few browsers send a privacy signal: the widget says nothing of them.
    const untold = who.filter(([, returning]) => returning === null);
    expect(untold.length / who.length).toBeGreaterThan(0.02);
    expect(untold.length / who.length).toBeLessThan(0.09);
    for (const [, , attributes] of untold) expect(attributes).toBeNull();
    const told = who.filter(([, returning]) => returning !== null);
    const returningShare = (visitors: typeof who) => visitors.filter(([, returning]) => returning).length / visitors.length;
    expect(returningShare(told)).toBeGreaterThan(0.3);
    expect(returningShare(told)).toBeLessThan(0.4);
    for (const [, , attributes] of told) expect(attributes!.country).toMatch(/^[A-Z]{2}$/);
    const plans = (plan: string) => told.filter(([, , attributes]) => attributes!.plan === plan).length;
    expect(plans('gold')).toBeGreaterThan(0);
    expect(plans('gold')).toBeLessThan(plans('plus'));
    expect(plans('plus')).toBeLessThan(plans('free'));
    // Shoppers who came back get further.
    const toPayment = all.filter((v) => v.steps.has('payment')).map((v) => JSON.parse(v.who)).filter(([, returning]) => returning !== null);
    expect(returningShare(toPayment)).toBeGreaterThan(returningShare(told) + 0.05);
  });

  it('spans the last 30 days with whole visits only', () => {
    const times = items.map((i) => Date.parse(i.createdAt));
    expect(Math.min(...times)).toBeGreaterThanOrEqual(NOW - 30 * DAY);
    expect(Math.max(...times)).toBeLessThan(NOW);
    expect(new Set(items.map((i) => i.createdAt.slice(0, 10))).size).toBe(31);
    for (const visit of visits.values()) expect(visit.steps.has('cart')).toBe(true);
    expect(visits.size).toBeGreaterThan(4000);
    expect(visits.size).toBeLessThan(9000);
  });

  it('has the funnel of a real shop: most leave at the cart, phones struggle with shipping', () => {
    const all = rates([...visits.values()]);
    expect(all.toShipping).toBeGreaterThan(0.35);
    expect(all.toShipping).toBeLessThan(0.45);
    expect(all.toPayment).toBeGreaterThan(0.65);
    expect(all.toPayment).toBeLessThan(0.75);
    expect(all.toComplete).toBeGreaterThan(0.58);
    expect(all.toComplete).toBeLessThan(0.72);
    const byDevice = (device: string) => rates([...visits.values()].filter((v) => v.device === device));
    expect(byDevice('mobile').shippingDropOff).toBeGreaterThan(byDevice('desktop').shippingDropOff + 0.1);
  });

  it('has about a third of the leaving visits say why, and no completed visit', () => {
    const leaving = [...visits.values()].filter((v) => !v.completed);
    const answered = leaving.filter((v) => v.answers.length > 0).length / leaving.length;
    expect(answered).toBeGreaterThan(0.28);
    expect(answered).toBeLessThan(0.38);
    for (const visit of visits.values()) {
      expect(visit.answers.length).toBeLessThanOrEqual(1);
      if (visit.completed) expect(visit.answers).toEqual([]);
    }
  });

  it('gives reasons that fit each step, some in their own words, some in Chinese', () => {
    const answers = answersOf(items);
    const top = (step: string, n: number) => reasonCounts(answers, step).slice(0, n).map(([reason]) => reason).sort();
    expect(top('cart', 2)).toEqual(['just_looking', 'unexpected_costs']);
    expect(top('shipping', 2)).toEqual(['form_confusing', 'unexpected_costs']);
    expect(reasonCounts(answers, 'payment')[0]![0]).toBe('payment_failed');
    expect(top('payment', 2)).toContain('technical_problem');
    expect(answers.filter((a) => a.comment).length / answers.length).toBeGreaterThan(0.25);
    expect(answers.filter((a) => a.reason === 'other' && a.otherText).length).toBeGreaterThan(20);
    expect(answers.filter((a) => a.lang === 'zh-CN' && /[\u4e00-\u9fff]/.test(a.comment ?? a.otherText ?? '')).length).toBeGreaterThan(20);
    const mobileShipping = reasonCounts(answers.filter((a) => a.device === 'mobile'), 'shipping');
    expect(mobileShipping[0]![0]).toBe('form_confusing');
  });

  it("has 'payment failed' at payment several times as often in the last 7 days, growing", () => {
    const { ratio } = paymentFailedPerDay(generateSeedJourneys({ now: NOW }));
    expect(ratio).toBeGreaterThan(5);
    expect(ratio).toBeLessThan(12);
    const failed = answersOf(items).filter((a) => a.reason === 'payment_failed' && a.step === 'payment');
    const since = (days: number) => failed.filter((a) => Date.parse(a.createdAt) >= NOW - days * DAY).length;
    expect(since(3) / 3).toBeGreaterThan((since(7) - since(3)) / 4);
  });

  it('keeps the surge whatever the seed', () => {
    const ratios = Array.from({ length: 12 }, (_, i) => paymentFailedPerDay(generateSeedJourneys({ now: NOW, seed: i + 1 })).ratio);
    for (const [i, ratio] of ratios.entries()) expect(ratio, `seed ${i + 1}`).toBeGreaterThan(4);
    const mean = ratios.reduce((a, b) => a + b, 0) / ratios.length;
    expect(mean).toBeGreaterThan(6);
    expect(mean).toBeLessThan(11);
  }, 30_000);
});
