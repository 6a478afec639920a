import { createSiteSchema, siteListSchema, siteSchema } from '../../../../shared/schemas/site.ts';
import { siteSettingsSchema } from '../../../../shared/schemas/siteSettings.ts';
import type { ApiOperation } from '../apiOperation.ts';
import { SITE_KEY } from './examples.ts';

const SITE = {
  key: SITE_KEY,
  name: 'Trail Shop',
  origins: ['https://shop.example'],
  createdAt: '2026-01-05T09:00:00.000Z',
  allowedQueryParams: [],
  retentionDays: 365,
  appearance: {},
  timeZone: 'Europe/Berlin',
};

/** routes/sites.ts, routes/siteSettings.ts */
export const siteOperations: ApiOperation[] = [
  {
    method: 'get',
    path: '/api/sites',
    tag: 'Sites',
    summary: 'List the sites the caller may see',
    answer: { status: 200, description: 'Admins see every site, others the ones they were given.', schema: siteListSchema, example: { sites: [SITE] } },
  },
  {
    method: 'post',
    path: '/api/sites',
    tag: 'Sites',
    summary: 'Add a site',
    body: { schema: createSiteSchema, example: { name: 'Trail Shop', origins: ['https://shop.example'], timeZone: 'Europe/Berlin' } },
    answer: { status: 201, description: 'The new site with its key.', schema: siteSchema, example: SITE },
  },
  {
    method: 'patch',
    path: '/api/sites/:siteKey',
    tag: 'Sites',
    summary: "Change a site's retention, allowed query parameters, appearance or time zone",
    body: { schema: siteSettingsSchema, example: { retentionDays: 180, allowedQueryParams: ['utm_source'], timeZone: 'Asia/Shanghai' } },
    answer: {
      status: 200,
      description: 'The site as it now is.',
      schema: siteSchema,
      example: { ...SITE, retentionDays: 180, allowedQueryParams: ['utm_source'], timeZone: 'Asia/Shanghai' },
    },
  },
];
