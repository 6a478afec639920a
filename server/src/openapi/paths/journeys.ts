import { funnelQuerySchema, funnelSchema } from '../../../../shared/schemas/funnel.ts';
import { journeyListSchema, journeySchema } from '../../../../shared/schemas/journey.ts';
import type { ApiOperation } from '../apiOperation.ts';
import { RANGE } from './examples.ts';

const CHECKOUT = {
  key: 'checkout',
  name: 'Checkout',
  steps: [
    { key: 'cart', name: 'Cart', match: [{ type: 'exact', value: '/cart' }] },
    { key: 'payment', name: 'Payment', match: [{ type: 'prefix', value: '/checkout/payment' }] },
  ],
  completeMatch: [{ type: 'exact', value: '/checkout/thanks' }],
};

/** routes/journeys.ts, routes/journeyFunnel.ts */
export const journeyOperations: ApiOperation[] = [
  {
    method: 'get',
    path: '/api/sites/:siteKey/journeys',
    tag: 'Journeys',
    summary: 'List the journeys, and keys seen in events that no journey declares',
    answer: { status: 200, description: 'The journeys.', schema: journeyListSchema },
  },
  {
    method: 'put',
    path: '/api/sites/:siteKey/journeys/:journey',
    tag: 'Journeys',
    summary: 'Create or replace a journey: its steps, their URL rules, its completion pages and "What stopped you?" reasons',
    body: { schema: journeySchema, example: CHECKOUT },
    answer: { status: 200, description: 'Replaced (201 when created); the journey as stored.', schema: journeySchema },
  },
  {
    method: 'delete',
    path: '/api/sites/:siteKey/journeys/:journey',
    tag: 'Journeys',
    summary: 'Delete a journey (its events stay)',
    answer: { status: 204, description: 'Deleted.' },
  },
  {
    method: 'get',
    path: '/api/sites/:siteKey/journeys/:journey/funnel',
    tag: 'Journeys',
    summary: 'The funnel: visits reaching, completing and abandoning each step, with the reasons given',
    query: { schema: funnelQuerySchema, example: RANGE },
    answer: { status: 200, description: 'The funnel.', schema: funnelSchema },
  },
];
