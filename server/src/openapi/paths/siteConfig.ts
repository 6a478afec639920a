import { siteConfigSchema } from '../../../../shared/schemas/siteConfig.ts';
import type { ApiOperation } from '../apiOperation.ts';

/** routes/siteConfig.ts */
export const siteConfigOperations: ApiOperation[] = [
  {
    method: 'get',
    path: '/v1/sites/:siteKey/config',
    tag: 'Widget',
    summary: 'What the widget needs to know about its site: appearance, journeys, live surveys',
    description: 'Cached with an ETag; the widget reads it on the site’s pages.',
    answer: { status: 200, description: 'The public configuration.', schema: siteConfigSchema },
  },
];
