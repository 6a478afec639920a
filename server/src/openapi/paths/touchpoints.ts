import { touchpointMapSchema } from '../../../../shared/schemas/touchpoint.ts';
import type { ApiOperation } from '../apiOperation.ts';

/** routes/touchpoints.ts */
export const touchpointOperations: ApiOperation[] = [
  {
    method: 'get',
    path: '/api/sites/:siteKey/touchpoints',
    tag: 'Journeys',
    summary: 'The touchpoints: pages grouped by URL rules into the before, during and after stages',
    answer: { status: 200, description: 'The map.', schema: touchpointMapSchema },
  },
  {
    method: 'put',
    path: '/api/sites/:siteKey/touchpoints',
    tag: 'Journeys',
    summary: 'Replace the touchpoints',
    body: {
      schema: touchpointMapSchema,
      example: { touchpoints: [{ key: 'payment', name: 'Payment', stage: 'during', rules: [{ type: 'prefix', value: '/checkout/payment' }] }] },
    },
    answer: { status: 200, description: 'The map as stored.', schema: touchpointMapSchema },
  },
];
