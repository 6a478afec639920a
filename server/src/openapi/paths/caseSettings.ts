import { caseSettingsSchema } from '../../../../shared/schemas/caseSettings.ts';
import type { ApiOperation } from '../apiOperation.ts';

const SETTINGS = { ratingAtMost: 2, abandonAnswers: true, surveyDetractors: true, contactComments: true, senderEmail: 'care@shop.example', senderName: 'Shop care' };

/** routes/caseSettings.ts */
export const caseSettingsOperations: ApiOperation[] = [
  {
    method: 'get',
    path: '/api/sites/:siteKey/case-settings',
    tag: 'Routing',
    summary: 'Which feedback opens a case, and who replies to shoppers are from',
    answer: { status: 200, description: 'The settings.', schema: caseSettingsSchema, example: SETTINGS },
  },
  {
    method: 'put',
    path: '/api/sites/:siteKey/case-settings',
    tag: 'Routing',
    summary: 'Set which feedback opens a case from now on, and the sender of replies',
    body: { schema: caseSettingsSchema, example: SETTINGS },
    answer: { status: 200, description: 'The settings as saved.', schema: caseSettingsSchema, example: SETTINGS },
  },
];
