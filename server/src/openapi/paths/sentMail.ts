import { sentMailListSchema, sentMailQuerySchema } from '../../../../shared/schemas/sentMail.ts';
import type { ApiOperation } from '../apiOperation.ts';

/** routes/sentMail.ts */
export const sentMailOperations: ApiOperation[] = [
  {
    method: 'get',
    path: '/api/sites/:siteKey/sent-mail',
    tag: 'Cases',
    summary: 'The site’s mail log, newest first: sent, written as .eml (no SMTP server), pending or failed',
    query: { schema: sentMailQuerySchema, example: { limit: '50', offset: '0' } },
    answer: { status: 200, description: 'One page of mail.', schema: sentMailListSchema },
  },
];
