import type { JourneyInput } from '../../shared/schemas/journey.ts';

let counter = 0;
/** Ids are client-generated; tests only need them unique. */
export function newId(prefix = 'evt'): string {
  counter += 1;
  return `${prefix}_${counter.toString().padStart(8, '0')}_${Math.random().toString(36).slice(2, 8)}`;
}

export const CHECKOUT: JourneyInput = {
  key: 'checkout',
  name: 'Checkout',
  steps: [
    { key: 'cart', name: 'Cart', match: [{ type: 'exact', value: '/cart' }] },
    { key: 'shipping', name: 'Shipping', match: [{ type: 'exact', value: '/checkout/shipping' }] },
    { key: 'payment', name: 'Payment', match: [{ type: 'prefix', value: '/checkout/payment' }] },
  ],
  completeMatch: [{ type: 'exact', value: '/checkout/thank-you' }],
};

const STEP_PATHS: Record<string, string> = {
  cart: '/cart',
  shipping: '/checkout/shipping',
  payment: '/checkout/payment',
  review: '/checkout/review',
};

export function journeyEvent(
  siteKey: string,
  visitId: string,
  event: 'reached' | 'completed' | 'abandoned',
  step?: string,
  overrides: Record<string, unknown> = {},
) {
  return {
    type: 'journey_event',
    id: newId(),
    site: siteKey,
    visitId,
    journey: 'checkout',
    step,
    event,
    path: step ? (STEP_PATHS[step] ?? `/${step}`) : '/checkout/thank-you',
    ...overrides,
  };
}

export function abandonAnswer(siteKey: string, step: string, reason: string, overrides: Record<string, unknown> = {}) {
  return {
    type: 'abandon_reason',
    id: newId('ans'),
    site: siteKey,
    visitId: newId('visit'),
    journey: 'checkout',
    step,
    reason,
    trigger: 'exit_intent',
    path: STEP_PATHS[step] ?? `/${step}`,
    ...overrides,
  };
}

export const MOBILE_UA = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Mobile/15E148';
