import type { JourneyInput } from '../shared/schemas/journey.ts';

/**
 * The demo's checkout journey as URL rules, the no-code way. The shop also
 * declares it with markup (data-touchpoint-* on the shipping and payment forms)
 * and script (touchpoint('step') on the cart, touchpoint('complete') on the
 * thank-you page), so all three ways are exercised together.
 */
export const CHECKOUT_JOURNEY = {
  key: 'checkout',
  name: 'Checkout',
  steps: [
    { key: 'cart', name: 'Cart', match: [{ type: 'exact', value: '/cart' }] },
    { key: 'shipping', name: 'Shipping', match: [{ type: 'exact', value: '/checkout/shipping' }] },
    { key: 'payment', name: 'Payment', match: [{ type: 'exact', value: '/checkout/payment' }] },
  ],
  completeMatch: [{ type: 'exact', value: '/checkout/thank-you' }],
  reasons: [
    { code: 'unexpected_costs', label: 'Unexpected costs (shipping, taxes)', category: 'pricing' },
    { code: 'payment_failed', label: 'Payment failed or timed out', category: 'payment' },
    { code: 'missing_information', label: "Couldn't find information I needed", category: 'information' },
    { code: 'form_confusing', label: 'The form was too long or confusing', category: 'form' },
    { code: 'technical_problem', label: 'Technical problem or error', category: 'technical' },
    { code: 'just_looking', label: 'Just looking / will come back later', category: 'intent' },
  ],
} satisfies JourneyInput;
