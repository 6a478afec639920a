import { expect } from 'vitest';
import type { ImportRequest } from '../../shared/schemas/import.ts';
import type { TouchpointMapInput } from '../../shared/schemas/touchpoint.ts';
import type { Device } from '../../shared/schemas/response.ts';
import { insertAbandonAnswer } from '../src/db/queries/journeys/insertAbandonAnswer.ts';
import { insertJourneyEvent } from '../src/db/queries/journeys/insertJourneyEvent.ts';
import { CHECKOUT, newId } from './journeyFixtures.ts';
import { AFTER_FIXTURES, testApp } from './testApp.ts';

/** "This week", compared with the week before. */
export const THIS_WEEK = 'from=2026-11-08T00:00:00Z&to=2026-11-15T00:00:00Z';
const WEEK_START = { previous: Date.parse('2026-11-01T00:00:00Z'), current: Date.parse('2026-11-08T00:00:00Z') };
type Week = keyof typeof WEEK_START;

export const SHOP_MAP: TouchpointMapInput = {
  stages: [
    { key: 'before', name: 'Discover' },
    { key: 'during', name: 'Buy' },
    { key: 'after', name: 'After purchase' },
  ],
  touchpoints: [
    { key: 'home', name: 'Home page', stage: 'before', rules: [{ type: 'exact', value: '/' }] },
    { key: 'products', name: 'Product pages', stage: 'before', rules: [{ type: 'pattern', value: '/product/*' }] },
    { key: 'cart', name: 'Cart', stage: 'during', rules: [{ type: 'exact', value: '/cart' }] },
    { key: 'shipping', name: 'Shipping', stage: 'during', rules: [{ type: 'exact', value: '/checkout/shipping' }] },
    { key: 'payment', name: 'Payment', stage: 'during', rules: [{ type: 'prefix', value: '/checkout/payment' }] },
    { key: 'confirmation', name: 'Confirmation', stage: 'after', rules: [{ type: 'exact', value: '/checkout/thank-you' }] },
    { key: 'account', name: 'Account', stage: 'after', rules: [{ type: 'prefix', value: '/account' }] },
  ],
};

type Counts = [number, number, number, number, number];

/**
 * Ratings 1…5 per page and week. Every page is steady except two planted
 * problems: Payment collapses this week (6 → 28 ratings of 1–2 out of 40),
 * and the order history page is new trouble (nothing last week, 6 bad now).
 * /about is on no touchpoint; /cart?variant=b is the cart with a kept parameter.
 */
export const RATINGS: Record<string, Record<Week, Counts>> = {
  '/': { previous: [1, 1, 4, 14, 20], current: [1, 1, 4, 14, 20] },
  '/product/trail-jacket': { previous: [1, 1, 3, 15, 20], current: [1, 1, 3, 15, 20] },
  '/product/summit-pack': { previous: [0, 1, 3, 10, 16], current: [0, 1, 3, 10, 16] },
  '/cart': { previous: [2, 2, 6, 14, 16], current: [2, 2, 6, 14, 16] },
  '/cart?variant=b': { previous: [0, 0, 0, 0, 0], current: [0, 0, 1, 2, 2] },
  '/checkout/shipping': { previous: [2, 2, 6, 14, 16], current: [2, 2, 6, 14, 16] },
  '/checkout/payment': { previous: [3, 3, 6, 14, 14], current: [16, 12, 4, 4, 4] },
  '/checkout/thank-you': { previous: [0, 1, 2, 12, 25], current: [0, 1, 2, 12, 25] },
  '/account/orders': { previous: [0, 0, 0, 0, 0], current: [5, 1, 0, 1, 1] },
  '/about': { previous: [1, 0, 2, 5, 4], current: [1, 0, 2, 5, 4] },
};

const COMPLAINTS: Record<string, string[]> = {
  '/checkout/payment': ['Card declined twice', 'The 3-D Secure window never loaded', 'Payment page timed out'],
  '/account/orders': ['My order history is empty'],
};

/**
 * Checkout visits per week: how many complete, and how many stop at each step
 * (with the reason they gave). The planted surge: "payment failed" at the
 * payment step goes from 4 to 15.
 */
export const VISITS: Record<Week, { completed: number; stops: { step: string; count: number; reason?: string }[] }> = {
  previous: {
    completed: 20,
    stops: [
      { step: 'cart', count: 5, reason: 'unexpected_costs' },
      { step: 'shipping', count: 3 },
      { step: 'payment', count: 4, reason: 'payment_failed' },
    ],
  },
  current: {
    completed: 20,
    stops: [
      { step: 'cart', count: 5, reason: 'unexpected_costs' },
      { step: 'shipping', count: 3 },
      { step: 'payment', count: 15, reason: 'payment_failed' },
    ],
  },
};

const STEPS = CHECKOUT.steps.map((step) => ({ key: step.key, path: step.match![0]!.value }));

/** Every other answer and visit comes from a phone, so the device filter has something to split. */
const deviceOf = (i: number): Device => (i % 2 === 0 ? 'desktop' : 'mobile');

/** Spreads items over the week, a few hours apart, never past its end. */
const at = (week: Week, i: number) => WEEK_START[week] + ((i * 3 * 3_600_000) % (7 * 86_400_000)) + 60_000;

/** A collector holding two weeks of generated feedback and checkout visits with the planted problems. */
export async function plantedShop() {
  const t = testApp({ now: () => AFTER_FIXTURES });
  const put = (path: string, body: unknown, method = 'PUT') => t.admin(path, { method, body: JSON.stringify(body) });
  expect((await put(`/api/sites/${t.site.key}`, { allowedQueryParams: ['variant'] }, 'PATCH')).status).toBe(200);
  expect((await put(`/api/sites/${t.site.key}/touchpoints`, SHOP_MAP)).status).toBe(200);
  expect((await put(`/api/sites/${t.site.key}/journeys/checkout`, CHECKOUT)).status).toBe(201);

  const responses: ImportRequest['responses'] = [];
  for (const [path, weeks] of Object.entries(RATINGS)) {
    for (const week of ['previous', 'current'] as const) {
      let i = 0;
      let complaints = 0;
      weeks[week].forEach((count, r) => {
        for (let k = 0; k < count; k++, i++) {
          const rating = r + 1;
          const complaint = week === 'current' && rating <= 2 ? COMPLAINTS[path]?.[complaints++] : undefined;
          responses.push({
            type: 'page_rating',
            id: newId('imp'),
            rating,
            path,
            comment: complaint,
            createdAt: new Date(at(week, i)).toISOString(),
            channel: 'web',
            device: deviceOf(i),
          });
        }
      });
    }
  }
  const imported = await put(`/api/sites/${t.site.key}/import`, { responses }, 'POST');
  expect(imported.status).toBe(201);

  for (const week of ['previous', 'current'] as const) {
    let i = 0;
    const visit = (lastStep: number, completes: boolean, reason?: string) => {
      const visitId = newId('visit');
      const device = deviceOf(i);
      const base = at(week, i++);
      const event = (step: { key: string; path: string } | undefined, kind: 'reached' | 'completed', offset: number) =>
        insertJourneyEvent(t.db, {
          id: newId(),
          siteId: t.site.id,
          visitId,
          journey: 'checkout',
          step: step?.key,
          event: kind,
          path: step?.path ?? '/checkout/thank-you',
          device,
          createdAt: base + offset,
          receivedAt: base + offset,
        });
      STEPS.slice(0, lastStep + 1).forEach((step, s) => event(step, 'reached', s * 60_000));
      if (completes) event(undefined, 'completed', 10 * 60_000);
      if (reason) {
        const step = STEPS[lastStep]!;
        insertAbandonAnswer(t.db, {
          id: newId('ans'),
          siteId: t.site.id,
          visitId,
          journey: 'checkout',
          step: step.key,
          reason,
          reasonCategory: reason === 'payment_failed' ? 'payment' : 'pricing',
          comment: reason === 'payment_failed' && week === 'current' ? 'Bank app never confirmed' : undefined,
          trigger: 'exit_intent',
          path: step.path,
          device,
          createdAt: base + 5 * 60_000,
          receivedAt: base + 5 * 60_000,
        });
      }
    };
    for (let v = 0; v < VISITS[week].completed; v++) visit(STEPS.length - 1, true);
    for (const stop of VISITS[week].stops) {
      for (let v = 0; v < stop.count; v++) visit(STEPS.findIndex((s) => s.key === stop.step), false, stop.reason);
    }
  }
  return t;
}

/** How many generated ratings of a page and week came from a given device. */
export function ratingsFrom(path: string, week: Week, device: Device, ratings: number[] = [1, 2, 3, 4, 5]): number {
  let i = 0;
  let n = 0;
  RATINGS[path]![week].forEach((count, r) => {
    for (let k = 0; k < count; k++, i++) if (deviceOf(i) === device && ratings.includes(r + 1)) n++;
  });
  return n;
}
