import { insightQuerySchema } from '../../../../shared/schemas/insightQuery.ts';
import { loopSchema } from '../../../../shared/schemas/loop.ts';
import type { ApiOperation } from '../apiOperation.ts';
import { RANGE_ON_MOBILE } from './examples.ts';

/** routes/loop.ts */
export const loopOperations: ApiOperation[] = [
  {
    method: 'get',
    path: '/api/sites/:siteKey/loop',
    tag: 'Cases',
    summary: 'Closing the loop: rate acted on and told, first-response and resolution times, SLA, recoveries, per team and against the previous period',
    query: { schema: insightQuerySchema, example: RANGE_ON_MOBILE },
    answer: { status: 200, description: 'The period’s figures (times in hours), the previous period’s, per team, and the open backlog by age.', schema: loopSchema },
  },
];
