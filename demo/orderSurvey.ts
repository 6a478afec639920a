import type { SurveyInput } from '../shared/schemas/survey.ts';

/**
 * The demo's survey after an order: how easy it was (CES, a moment of the visit
 * that peak–end counts as its end) and the relationship question (NPS), shown on
 * the thank-you page to a share of the shoppers who complete the checkout.
 */
export const ORDER_SURVEY = {
  key: 'after-order',
  name: 'After the order',
  status: 'live',
  questions: [
    { id: 'effort', type: 'ces' },
    { id: 'recommend', type: 'nps', lowLabel: 'Not likely', highLabel: 'Very likely' },
  ],
  trigger: { type: 'journey_complete', journey: 'checkout' },
  targeting: { pages: [{ type: 'exact', value: '/checkout/thank-you' }], samplePercent: 30 },
  recurDays: 90,
} satisfies SurveyInput;
