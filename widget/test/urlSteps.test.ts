import { describe, expect, it } from 'vitest';
import type { Journey } from '../../shared/schemas/journey.ts';
import { markForPath, marksForPath } from '../src/journeys/urlSteps.ts';

const checkout: Journey = {
  key: 'checkout',
  name: 'Checkout',
  steps: [
    { key: 'cart', name: 'Cart', match: [{ type: 'exact', value: '/cart' }] },
    { key: 'shipping', name: 'Shipping', match: [{ type: 'prefix', value: '/checkout/shipping' }] },
    { key: 'payment', name: 'Payment', match: [{ type: 'pattern', value: '/checkout/*/pay' }] },
    { key: 'review', name: 'Review', match: [{ type: 'prefix', value: '/checkout/' }] },
  ],
  completeMatch: [{ type: 'exact', value: '/checkout/thank-you' }],
  reasons: [{ code: 'unexpected_costs', label: 'Unexpected costs', category: 'pricing' }],
};
const signup: Journey = {
  key: 'signup',
  name: 'Sign-up',
  steps: [{ key: 'details', name: 'Details', match: [{ type: 'exact', value: '/cart' }] }],
  completeMatch: [],
  reasons: checkout.reasons,
};

describe('steps from URL rules', () => {
  it('finds the step of a page by exact, prefix and * pattern rules', () => {
    expect(markForPath(checkout, '/cart')).toEqual({ journey: 'checkout', step: 'cart' });
    expect(markForPath(checkout, '/checkout/shipping/address')).toEqual({ journey: 'checkout', step: 'shipping' });
    expect(markForPath(checkout, '/checkout/card/pay')).toEqual({ journey: 'checkout', step: 'payment' });
  });

  it('takes the first step that matches, in journey order', () => {
    expect(markForPath(checkout, '/checkout/shipping')).toEqual({ journey: 'checkout', step: 'shipping' });
    expect(markForPath(checkout, '/checkout/review')).toEqual({ journey: 'checkout', step: 'review' });
  });

  it('does not freeze the shopper’s tab on a rule built to make a regex backtrack', () => {
    const hostile: Journey = { ...checkout, completeMatch: [{ type: 'pattern', value: '/*a*a*a*a*!' }] };
    const start = performance.now();
    expect(markForPath(hostile, '/' + 'a'.repeat(149))).toBeUndefined();
    // The regex matcher froze a tab for 2.6 s on this path; this takes microseconds.
    expect(performance.now() - start).toBeLessThan(100);
  });

  it('knows the completion page, before any step prefix that also covers it', () => {
    expect(markForPath(checkout, '/checkout/thank-you')).toEqual({ journey: 'checkout' });
  });

  it('finds nothing on pages outside the journey', () => {
    expect(markForPath(checkout, '/product/trail-jacket')).toBeUndefined();
    expect(markForPath(checkout, '/carts')).toBeUndefined();
  });

  it('marks every journey a page belongs to', () => {
    expect(marksForPath([checkout, signup], '/cart')).toEqual([
      { journey: 'checkout', step: 'cart' },
      { journey: 'signup', step: 'details' },
    ]);
    expect(marksForPath([checkout, signup], '/')).toEqual([]);
  });
});
