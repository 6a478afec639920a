import { z } from 'zod';
import { LIMITS } from '../limits.ts';

/**
 * A page path, optionally with a query string: starts with '/', no fragment.
 * The collector keeps only the query parameters on the site's allow-list
 * (`allowedQueryParams`) and drops the rest before anything is stored.
 */
export const pageLocationSchema = z
  .string()
  .min(1)
  .max(LIMITS.url)
  .regex(/^\/[^?#\s]*(\?[^#\s]*)?$/, 'must be a path starting with / (a query string is allowed, a fragment is not)');
