import { acceptedSchema, responseInputSchema } from '../../../../shared/schemas/response.ts';
import type { ApiOperation } from '../apiOperation.ts';
import { SITE_KEY } from './examples.ts';

/** routes/collect.ts */
export const collectOperations: ApiOperation[] = [
  {
    method: 'post',
    path: '/v1/responses',
    tag: 'Widget',
    summary: 'Send a page rating, journey step event, "What stopped you?" answer, survey answer or survey event',
    description:
      'What the widget posts, as `text/plain` (no CORS preflight) or `application/json`, from an origin the site allows. ' +
      'The id is the client’s, so a retry stores once. Rate limited per address and per site.',
    body: {
      schema: responseInputSchema,
      contentType: 'text/plain',
      example: { type: 'page_rating', id: 'resp_8fK2qLm3Xz', site: SITE_KEY, rating: 2, comment: 'The card form kept failing', path: '/checkout/payment' },
    },
    answer: { status: 202, description: 'Stored (or dropped as a bot’s, answered alike).', schema: acceptedSchema, example: { id: 'resp_8fK2qLm3Xz' } },
    errors: { 403: 'The origin is not one the site allows.', 404: 'No site with that key.', 413: 'The body is too large.', 429: 'Too many from this address or for this site: see `Retry-After`.' },
  },
];
